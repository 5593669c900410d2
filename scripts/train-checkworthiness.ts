// `npm run train:checkworthiness -- --data <dir>`: trains the check-worthiness model on ClaimBuster and
// writes src/extract/checkworthiness/model.json. Reproducible: fixed seed, same data → same file.
// Crowd-labelled sentences train (a tenth of the debates held out as a test); the expert-labelled set
// only validates: it picks the settings, the calibration and the threshold.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DENSE, featurize, type Features } from "../src/extract/checkworthiness/features.js";
import type { ModelFile } from "../src/extract/checkworthiness/model.js";
import { sentenceSignals } from "../src/extract/checkworthiness/signals.js";
import { loadClaimBuster, type Sentence } from "./train/data.js";
import { type Example, seeded, shuffle, train, type TrainOptions } from "./train/logistic.js";
import { bestThreshold, f1At, platt } from "./train/metrics.js";

const { values } = parseArgs({
  options: {
    data: { type: "string" }, out: { type: "string", default: "src/extract/checkworthiness/model.json" },
    bits: { type: "string", default: "18" }, seed: { type: "string", default: "20261129" },
  },
});
if (!values.data) {
  console.error("usage: npm run train:checkworthiness -- --data <dir with claimbuster-*.csv> [--out FILE]");
  process.exit(2);
}
const bits = Number(values.bits);
const seed = Number(values.seed);
const dim = (1 << bits) + DENSE.length;

const { crowd, expert } = loadClaimBuster(values.data);
const featuresOf = new Map<Sentence, Features>();
for (const s of [...crowd, ...expert]) featuresOf.set(s, featurize(sentenceSignals(s.text), bits));
const examples = (xs: Sentence[], keep?: (i: number) => boolean): Example[] =>
  xs.map((s) => ({ f: featuresOf.get(s)!, y: s.checkworthy ? 1 : 0 }) as Example).map((e) => {
    if (!keep) return e;
    const f = { indices: [] as number[], signs: [] as number[] };
    e.f.indices.forEach((k, i) => keep(k) && (f.indices.push(k), f.signs.push(e.f.signs[i]!)));
    return { f, y: e.y };
  });

// Hold out whole debates, so the test speaks of debates the model never saw.
const debates = shuffle([...new Set(crowd.map((s) => s.debate))].sort(), seeded(seed));
const testDebates = new Set(debates.slice(0, Math.round(debates.length / 10)));
const trainSet = crowd.filter((s) => !testDebates.has(s.debate));
const testSet = crowd.filter((s) => testDebates.has(s.debate));

const z = (w: Float64Array, xs: Example[]) =>
  xs.map(({ f, y }) => ({ z: f.indices.reduce((acc, k, i) => acc + f.signs[i]! * w[k]!, 0), y: y === 1 }));
const asP = (xs: { z: number; y: boolean }[], cal = { a: 1, b: 0 }) =>
  xs.map(({ z: v, y }) => ({ p: 1 / (1 + Math.exp(-(cal.a * v + cal.b))), y }));

function fit(options: Omit<TrainOptions, "dim" | "seed">, trainOn: Example[], validate: Example[]) {
  const w = train(trainOn, { ...options, dim, seed });
  const cal = platt(z(w, validate));
  const { threshold, f1 } = bestThreshold(asP(z(w, validate), cal));
  return { w, cal, threshold, f1 };
}

const grid: Omit<TrainOptions, "dim" | "seed">[] = [];
for (const l2 of [1e-4, 1e-3, 1e-2]) for (const epochs of [3, 5]) {
  grid.push({ l2, epochs, positiveWeight: 1, rate: 0.1 });
}
const trainEx = examples(trainSet);
const expertEx = examples(expert);
let best: { options: Omit<TrainOptions, "dim" | "seed">; f1: number } | null = null;
for (const options of grid) {
  const { f1 } = fit(options, trainEx, expertEx);
  console.log(`  l2 ${options.l2} epochs ${options.epochs} positive×${options.positiveWeight}: expert F1 ${f1.toFixed(3)}`);
  if (!best || f1 > best.f1) best = { options, f1 };
}
const options = best!.options;

// Held-out figures: trained without the test debates, judged on them at the expert-chosen threshold.
const held = fit(options, trainEx, expertEx);
const heldTest = f1At(asP(z(held.w, examples(testSet)), held.cal), held.threshold);
const ngramsOnly = fit(options, examples(trainSet, (k) => k < 1 << bits), examples(expert, (k) => k < 1 << bits));
const ngramTest = f1At(asP(z(ngramsOnly.w, examples(testSet, (k) => k < 1 << bits)), ngramsOnly.cal), ngramsOnly.threshold);
console.log(`held-out debates (${testSet.length} sentences): F1 ${heldTest.f1.toFixed(3)} (P ${heldTest.precision.toFixed(3)}, R ${heldTest.recall.toFixed(3)})`);
console.log(`  same, hashed n-grams only: F1 ${ngramTest.f1.toFixed(3)} (expert set: ${ngramsOnly.f1.toFixed(3)})`);
console.log(`expert set (validation, chose settings and threshold): F1 ${held.f1.toFixed(3)} at ${held.threshold}`);

// The shipped model learns from every crowd-labelled debate.
const final = fit(options, examples(crowd), expertEx);
const size = 1 << bits;
let max = 0;
for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(final.w[i]!));
const scale = max / 32767 || 1;
const bytes = new Uint8Array(size * 2);
const view = new DataView(bytes.buffer);
for (let i = 0; i < size; i++) view.setInt16(2 * i, Math.round(final.w[i]! / scale), true);
const round = (x: number) => Number(x.toPrecision(6));
const model: ModelFile = {
  format: 1,
  bits,
  scale: round(scale),
  hashed: Buffer.from(bytes).toString("base64"),
  dense: Object.fromEntries(DENSE.map((name, i) => [name, round(final.w[size + i]!)])),
  calibration: { a: round(final.cal.a), b: round(final.cal.b) },
  threshold: final.threshold,
  training: {
    data: "ClaimBuster (Arslan et al., ICWSM 2020): crowd-labelled sentences train, expert-labelled validate",
    settings: options, seed, sentences: crowd.length,
    heldOutDebatesF1: round(heldTest.f1), expertF1: round(final.f1),
  },
};
writeFileSync(values.out!, `${JSON.stringify(model)}\n`);
console.log(`wrote ${values.out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB), threshold ${final.threshold}, expert F1 ${final.f1.toFixed(3)}`);

// `npm run train:checkworthiness -- --data <dir>`: trains the check-worthiness model on ClaimBuster and
// writes src/extract/checkworthiness/model.json. Reproducible: fixed seed, same data → same file.
// Crowd-labelled sentences train; the expert-labelled set never trains: it calibrates the scores and,
// with held-out crowd debates, chooses the threshold. Held-out figures are printed on the way.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DENSE, featurize, type Features } from "../src/extract/checkworthiness/features.js";
import type { ModelFile } from "../src/extract/checkworthiness/model.js";
import { sentenceSignals } from "../src/extract/checkworthiness/signals.js";
import { plainNgrams } from "./train/baseline.js";
import { loadClaimBuster, type Sentence } from "./train/data.js";
import { type Fit, forwardChained, heldOutCycles, newestDebates } from "./train/evaluate.js";
import { train, type TrainOptions } from "./train/logistic.js";
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
const size = 1 << bits;
// Regularisation and epochs move held-out F1 by less than a hundredth either way (label noise
// dominates), so they are fixed rather than searched.
const options: TrainOptions = { dim: size + DENSE.length, l2: 1e-3, epochs: 5, rate: 0.1, positiveWeight: 1, seed };

const { crowd, expert } = loadClaimBuster(values.data);
const cache = (featurizer: (text: string) => Features) => {
  const memo = new Map<Sentence, Features>();
  return (s: Sentence) => memo.get(s) ?? memo.set(s, featurizer(s.text)).get(s)!;
};
const modelFeatures = cache((text) => featurize(sentenceSignals(text), bits));
const baselineFeatures = cache((text) => plainNgrams(text, bits));

const raw = (w: Float64Array, f: Features) => f.indices.reduce((z, k, i) => z + f.signs[i]! * w[k]!, 0);
const fitWith = (features: (s: Sentence) => Features): Fit => (sentences) => {
  const w = train(sentences.map((s) => ({ f: features(s), y: s.checkworthy ? 1 : 0 })), options);
  return (s) => raw(w, features(s));
};
const fitModel = fitWith(modelFeatures);
const fitBaseline = fitWith(baselineFeatures);
const show = (r: { f1: number; precision: number; recall: number }) =>
  `F1 ${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)}, R ${r.recall.toFixed(3)})`;

// The shipped model learns from every crowd-labelled debate; the expert set calibrates it.
const w = train(crowd.map((s) => ({ f: modelFeatures(s), y: s.checkworthy ? 1 : 0 })), options);
const calibration = platt(expert.map((s) => ({ z: raw(w, modelFeatures(s)), y: s.checkworthy })));
const p = (s: Sentence) => 1 / (1 + Math.exp(-(calibration.a * raw(w, modelFeatures(s)) + calibration.b)));
// The threshold is chosen where the model will be used: on debates newer than its training data. The
// newest cycle stays out of the choice; it is the test reported below.
const later = forwardChained(fitModel, crowd, expert, [2004, 2008, 2012]);
const { threshold, f1: laterF1 } = bestThreshold(later);
const expertAt = f1At(expert.map((s) => ({ p: p(s), y: s.checkworthy })), threshold);
console.log(`threshold ${threshold}: best F1 on 2004–2012 debates scored by models trained on earlier ones (${laterF1.toFixed(3)})`);
console.log(`expert set at that threshold (calibrated the model, never trained it): F1 ${expertAt.f1.toFixed(3)}`);

const cycles = heldOutCycles(fitModel, crowd, expert, threshold);
const baseCycles = heldOutCycles(fitBaseline, crowd, expert, threshold);
console.log(`held-out election cycles, expert labels (${cycles.sentences} sentences): ${show(cycles)}`);
console.log(`  plain hashed n-grams, same protocol: ${show(baseCycles)}`);
const newest = newestDebates(fitModel, crowd, expert, threshold);
const baseNewest = newestDebates(fitBaseline, crowd, expert, threshold);
console.log(`newest debates (${newest.year}, crowd labels, ${newest.sentences} sentences), trained on earlier ones: ${show(newest)}`);
console.log(`  plain hashed n-grams, same protocol: ${show(baseNewest)}`);

let max = 0;
for (let i = 0; i < size; i++) max = Math.max(max, Math.abs(w[i]!));
const scale = max / 32767 || 1;
const bytes = new Uint8Array(size * 2);
const view = new DataView(bytes.buffer);
for (let i = 0; i < size; i++) view.setInt16(2 * i, Math.round(w[i]! / scale), true);
const round = (x: number) => Number(x.toPrecision(6));
const model: ModelFile = {
  format: 1,
  bits,
  scale: round(scale),
  hashed: Buffer.from(bytes).toString("base64"),
  dense: Object.fromEntries(DENSE.map((name, i) => [name, round(w[size + i]!)])),
  calibration: { a: round(calibration.a), b: round(calibration.b) },
  threshold,
  training: {
    data: "ClaimBuster (Arslan et al., ICWSM 2020): crowd-labelled sentences train, expert-labelled calibrate",
    settings: { l2: options.l2, epochs: options.epochs, rate: options.rate }, seed, sentences: crowd.length,
    heldOutCyclesExpertF1: round(cycles.f1), newestDebatesCrowdF1: round(newest.f1),
    baseline: { heldOutCyclesExpertF1: round(baseCycles.f1), newestDebatesCrowdF1: round(baseNewest.f1) },
  },
};
writeFileSync(values.out!, `${JSON.stringify(model)}\n`);
console.log(`wrote ${values.out} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB), threshold ${threshold}`);

// The trained model as shipped: hashed weights quantised to 16 bits (base64), dense weights, a
// calibration and the decision threshold, all in one JSON file written by the training script.
import { DENSE, type FeatureSink, hashedValue, readFeatures, type Signals } from "./features.js";

export interface ModelFile {
  /** 2: hashed feature values scaled by sentence length (see features.ts); 1 had unscaled ±1 values. */
  format: 2;
  bits: number;
  /** Hashed weights are int16 × scale, little-endian, base64. */
  scale: number;
  hashed: string;
  dense: Record<string, number>;
  /** Platt scaling of the raw score: p = sigmoid(a·z + b). */
  calibration: { a: number; b: number };
  threshold: number;
  training: Record<string, unknown>;
}

export interface Model {
  bits: number;
  /** The hashed weights as shipped: kept at 16 bits, half the cache lines a float each would take. */
  hashed: Int16Array;
  scale: number;
  /** The dense weights, after the hashed ones in the features' numbering. */
  dense: Float32Array;
  calibration: { a: number; b: number };
  threshold: number;
}

function decodeInt16(base64: string): Int16Array {
  const bin = atob(base64);
  const view = new DataView(new ArrayBuffer(bin.length));
  for (let i = 0; i < bin.length; i++) view.setUint8(i, bin.charCodeAt(i));
  const out = new Int16Array(bin.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = view.getInt16(2 * i, true);
  return out;
}

export function loadModel(file: ModelFile): Model {
  if (file.format !== 2)
    throw new Error(
      `model: format ${String(file.format)} is not the format 2 this featurizer reads`,
    );
  const size = 1 << file.bits;
  const hashed = decodeInt16(file.hashed);
  if (hashed.length !== size)
    throw new Error(`model: expected ${size} hashed weights, found ${hashed.length}`);
  const dense = Float32Array.from(DENSE, (name) => file.dense[name] ?? 0);
  return {
    bits: file.bits,
    hashed,
    scale: file.scale,
    dense,
    calibration: file.calibration,
    threshold: file.threshold,
  };
}

/** Sums a sentence's weights as the featurizer reads it; one per model, reused for every sentence. */
class Scorer implements FeatureSink {
  private hashedSum = 0;
  private denseSum = 0;
  private count = 0;
  private readonly mask: number;

  constructor(private readonly model: Model) {
    this.mask = (1 << model.bits) - 1;
  }

  hashed(h: number): void {
    // Rounded to a float as the weights were once stored, so every score stays the same to the last bit.
    const w = Math.fround(this.model.hashed[h & this.mask]! * this.model.scale);
    this.hashedSum += h & 0x80000000 ? -w : w;
    this.count++;
  }

  dense(index: number): void {
    this.denseSum += this.model.dense[index]!;
  }

  /** The raw linear score of a sentence. */
  score(s: Signals): number {
    this.hashedSum = this.denseSum = this.count = 0;
    readFeatures(s, this);
    return this.hashedSum * hashedValue(this.count) + this.denseSum;
  }
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const scorers = new WeakMap<Model, Scorer>();

/** The model's calibrated probability that a sentence is worth checking. */
export function probability(model: Model, s: Signals): number {
  let scorer = scorers.get(model);
  if (!scorer) scorers.set(model, (scorer = new Scorer(model)));
  return sigmoid(model.calibration.a * scorer.score(s) + model.calibration.b);
}

// The trained model as shipped: hashed weights quantised to 16 bits (base64), dense weights, a
// calibration and the decision threshold, all in one JSON file written by the training script.
import { DENSE, type Features } from "./features.js";

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
  weights: Float32Array;
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
  if (file.format !== 2) throw new Error(`model: format ${String(file.format)} is not the format 2 this featurizer reads`);
  const size = 1 << file.bits;
  const weights = new Float32Array(size + DENSE.length);
  const hashed = decodeInt16(file.hashed);
  if (hashed.length !== size) throw new Error(`model: expected ${size} hashed weights, found ${hashed.length}`);
  for (let i = 0; i < size; i++) weights[i] = hashed[i]! * file.scale;
  DENSE.forEach((name, i) => {
    weights[size + i] = file.dense[name] ?? 0;
  });
  return { bits: file.bits, weights, calibration: file.calibration, threshold: file.threshold };
}

/** The raw linear score of a sentence's features. */
export function rawScore(weights: ArrayLike<number>, f: Features): number {
  let z = 0;
  for (let i = 0; i < f.indices.length; i++) z += f.signs[i]! * weights[f.indices[i]!]!;
  return z;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function probability(model: Model, f: Features): number {
  return sigmoid(model.calibration.a * rawScore(model.weights, f) + model.calibration.b);
}

// Logistic regression by AdaGrad SGD over sparse features, with L2. Deterministic: the order of examples
// comes from a seeded generator. Targets may be soft (a teacher's probability) as well as 0 or 1.
import type { Features } from "../../src/extract/index.js";

export interface Example {
  f: Features;
  /** 1 check-worthy, 0 not, or a probability in between. */
  y: number;
}

export interface TrainOptions {
  dim: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
}

/** mulberry32: a small seeded generator, so the same data trains the same model. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function train(examples: Example[], o: TrainOptions): Float64Array {
  const w = new Float64Array(o.dim);
  const g2 = new Float64Array(o.dim).fill(1e-8);
  const random = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (const { f, y } of shuffle(examples, random)) {
      let z = 0;
      for (let i = 0; i < f.indices.length; i++) z += f.signs[i]! * w[f.indices[i]!]!;
      const p = 1 / (1 + Math.exp(-z));
      const scale = p - y;
      for (let i = 0; i < f.indices.length; i++) {
        const k = f.indices[i]!;
        const grad = scale * f.signs[i]! + o.l2 * w[k]!;
        g2[k]! += grad * grad;
        w[k]! -= (o.rate / Math.sqrt(g2[k]!)) * grad;
      }
    }
  }
  return w;
}

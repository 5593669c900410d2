// F1 on the check-worthy class, the threshold that maximises it, and Platt calibration.

export interface Scored {
  z: number;
  y: boolean;
}

export function f1At(xs: { p: number; y: boolean }[], threshold: number) {
  let [tp, fp, fn] = [0, 0, 0];
  for (const { p, y } of xs) {
    if (p >= threshold && y) tp++;
    else if (p >= threshold) fp++;
    else if (y) fn++;
  }
  const precision = tp / (tp + fp || 1);
  const recall = tp / (tp + fn || 1);
  return { f1: (2 * precision * recall) / (precision + recall || 1), precision, recall };
}

/**
 * The threshold (on a 0.01 grid) in the middle of those whose F1 is within `tolerance` of the best. On
 * held-out debates F1 is flat over a wide band of thresholds, and its exact peak moves with any small
 * change to the features; the middle of the band does not.
 */
export function bestThreshold(
  xs: { p: number; y: boolean }[],
  tolerance = 0,
): { threshold: number; f1: number } {
  const grid = Array.from({ length: 91 }, (_, i) => ({
    threshold: (i + 5) / 100,
    f1: f1At(xs, (i + 5) / 100).f1,
  }));
  const best = Math.max(...grid.map((g) => g.f1));
  const near = grid.filter((g) => g.f1 >= best - tolerance - 1e-12);
  return near[Math.floor((near.length - 1) / 2)]!;
}

/**
 * The threshold to ship: the middle of that band, on a 0.05 grid. The band's middle still moves by a
 * hundredth when a few of 45,000 training sentences change their signals; the shipped threshold, and
 * every figure printed at it, should not.
 */
export function shippedThreshold(
  xs: { p: number; y: boolean }[],
  tolerance: number,
): { threshold: number; f1: number } {
  const { threshold } = bestThreshold(xs, tolerance);
  const rounded = Math.round(threshold * 20) / 20;
  return { threshold: rounded, f1: f1At(xs, rounded).f1 };
}

/** Platt scaling: fits p = sigmoid(a·z + b) to labels by gradient descent on log loss. */
export function platt(xs: Scored[]): { a: number; b: number } {
  let [a, b] = [1, 0];
  for (let step = 0; step < 2000; step++) {
    let [ga, gb] = [0, 0];
    for (const { z, y } of xs) {
      const p = 1 / (1 + Math.exp(-(a * z + b)));
      ga += (p - (y ? 1 : 0)) * z;
      gb += p - (y ? 1 : 0);
    }
    a -= (0.5 * ga) / xs.length;
    b -= (0.5 * gb) / xs.length;
  }
  return { a, b };
}

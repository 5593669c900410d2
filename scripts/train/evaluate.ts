// Held-out protocols for the check-worthiness model. Every figure comes from a model that never saw the
// sentences it is judged on: whole debates are held out, never single sentences, so a debate's topics
// and turns of phrase cannot leak from training into the test.
import type { Sentence } from "./data.js";
import { bestThreshold, f1At, platt, type Scored } from "./metrics.js";

export type Labelled = { p: number; y: boolean };
/** Trains on some sentences and returns a raw scorer for others. */
export type Fit = (train: Sentence[]) => (s: Sentence) => number;

const year = (s: Sentence) => Number(s.debate.slice(0, 4));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Raw scores turned into probabilities by Platt scaling fitted on the validation sentences. */
function calibrated(score: (s: Sentence) => number, validate: Sentence[], test: Sentence[]): Labelled[] {
  const raw: Scored[] = validate.map((s) => ({ z: score(s), y: s.checkworthy }));
  const { a, b } = platt(raw);
  return test.map((s) => ({ p: sigmoid(a * score(s) + b), y: s.checkworthy }));
}

/**
 * Forward-chained probabilities: each of the given election cycles scored by a model trained only on
 * earlier cycles and calibrated on the expert set, as the shipped model will meet debates and news that
 * come after all of its training data.
 */
export function forwardChained(fit: Fit, crowd: Sentence[], expert: Sentence[], cycles: number[]): Labelled[] {
  const out: Labelled[] = [];
  for (const cycle of cycles) {
    const score = fit(crowd.filter((s) => year(s) < cycle));
    out.push(...calibrated(score, expert, crowd.filter((s) => year(s) === cycle)));
  }
  return out;
}

/**
 * The threshold that serves both careful labels on familiar debates (the expert set) and looser labels
 * on later debates (forward-chained crowd cycles): the best mean F1 over the two. The expert set alone
 * picks a threshold that is too strict for text newer than the training data: scores there drift
 * towards the middle, and recall collapses first.
 */
export function robustThreshold(expert: Labelled[], crowd: Labelled[]): { threshold: number; expertF1: number; crowdF1: number } {
  const grid = Array.from({ length: 91 }, (_, i) => {
    const t = (i + 5) / 100;
    return { threshold: t, expertF1: f1At(expert, t).f1, crowdF1: f1At(crowd, t).f1 };
  });
  const best = Math.max(...grid.map((g) => g.expertF1 + g.crowdF1));
  // Where several thresholds tie (cleanly separable data), the middle one leaves most room either side.
  const ties = grid.filter((g) => g.expertF1 + g.crowdF1 >= best - 1e-12);
  return ties[Math.floor((ties.length - 1) / 2)]!;
}

// Election cycles in groups of roughly equal expert-labelled size.
const CYCLES = [[1960, 1976], [1980, 1984, 1988], [1992, 1996, 2000], [2004], [2008], [2012]];

/** Expert-labelled sentences of each cycle group, judged by a model trained without that group's debates. */
export function heldOutCycles(fit: Fit, crowd: Sentence[], expert: Sentence[], threshold: number) {
  const pooled: Labelled[] = [];
  for (const group of CYCLES) {
    const inGroup = (s: Sentence) => group.includes(year(s));
    const score = fit(crowd.filter((s) => !inGroup(s)));
    pooled.push(...calibrated(score, expert.filter((s) => !inGroup(s)), expert.filter(inGroup)));
  }
  return { sentences: pooled.length, ...f1At(pooled, threshold) };
}

/** The newest debates (2016, crowd labels), judged by a model trained on every earlier cycle. */
export function newestDebates(fit: Fit, crowd: Sentence[], expert: Sentence[], threshold: number) {
  const newest = Math.max(...crowd.map(year));
  const test = crowd.filter((s) => year(s) === newest);
  const scored = calibrated(fit(crowd.filter((s) => year(s) < newest)), expert, test);
  return { year: newest, sentences: test.length, ...f1At(scored, threshold), best: bestThreshold(scored) };
}

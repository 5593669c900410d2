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
function calibrated(
  score: (s: Sentence) => number,
  validate: Sentence[],
  test: Sentence[],
): Labelled[] {
  const raw: Scored[] = validate.map((s) => ({ z: score(s), y: s.checkworthy }));
  const { a, b } = platt(raw);
  return test.map((s) => ({ p: sigmoid(a * score(s) + b), y: s.checkworthy }));
}

/**
 * Forward-chained probabilities: each of the given election cycles scored by models trained only on
 * cycles before it (one model on everything earlier, one that also skips the cycle just before), each
 * calibrated on the expert set. The shipped model meets debates and news newer than all of its training
 * data, some of them years newer; these are the nearest thing to that in ClaimBuster.
 */
export function forwardChained(
  fit: Fit,
  crowd: Sentence[],
  expert: Sentence[],
  cycles: number[],
): Labelled[] {
  const out: Labelled[] = [];
  for (const cycle of cycles) {
    const test = crowd.filter((s) => year(s) === cycle);
    for (const gap of [0, 4])
      out.push(...calibrated(fit(crowd.filter((s) => year(s) < cycle - gap)), expert, test));
  }
  return out;
}

// Election cycles in groups of roughly equal expert-labelled size.
const CYCLES = [[1960, 1976], [1980, 1984, 1988], [1992, 1996, 2000], [2004], [2008], [2012]];

/** Expert-labelled sentences of each cycle group, judged by a model trained without that group's debates. */
export function heldOutCycles(fit: Fit, crowd: Sentence[], expert: Sentence[], threshold: number) {
  const pooled: Labelled[] = [];
  for (const group of CYCLES) {
    const inGroup = (s: Sentence) => group.includes(year(s));
    const score = fit(crowd.filter((s) => !inGroup(s)));
    pooled.push(
      ...calibrated(
        score,
        expert.filter((s) => !inGroup(s)),
        expert.filter(inGroup),
      ),
    );
  }
  return { sentences: pooled.length, ...f1At(pooled, threshold) };
}

/** The newest debates (2016, crowd labels), judged by a model trained on every earlier cycle. */
export function newestDebates(fit: Fit, crowd: Sentence[], expert: Sentence[], threshold: number) {
  const newest = Math.max(...crowd.map(year));
  const test = crowd.filter((s) => year(s) === newest);
  const scored = calibrated(fit(crowd.filter((s) => year(s) < newest)), expert, test);
  return {
    year: newest,
    sentences: test.length,
    ...f1At(scored, threshold),
    best: bestThreshold(scored),
  };
}

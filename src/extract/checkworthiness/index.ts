// Stage 6: how much a claim is worth checking. A logistic model trained on ClaimBuster (see
// scripts/train-checkworthiness.ts) scores hashed words and the extractor's signals; its calibrated
// probability is the claim's `checkworthiness`, and the threshold shipped with it decides `checkworthy`.
import { featurize, type Signals } from "./features.js";
import { loadModel, type ModelFile, probability } from "./model.js";
import file from "./model.json" with { type: "json" };
import { furnitureKind, looksLikeHeadline, unfinished } from "../furniture.js";
import { opinionKind } from "../opinion.js";
import { sentenceSignals } from "./signals.js";

export type { Signals } from "./features.js";

const model = loadModel(file as ModelFile);

/** The threshold at or above which a score means "check-worthy". */
export const THRESHOLD = model.threshold;

/** Calibrated probability (0..1, three decimals) that the claim is worth checking. */
export function checkworthiness(signals: Signals): number {
  return Math.round(probability(model, featurize(signals, model.bits)) * 1000) / 1000;
}

// A line the extractor itself would never make a claim of (page furniture, a headline or a blurb cut
// short, opinion or rhetoric) keeps a tenth of the model's probability. Inside extraction such lines
// never reach the model, so there a claim's score is the model's probability as it stands.
const NOT_AN_ASSERTION = 0.1;

function assertion(s: Signals): boolean {
  const text = s.text.trim();
  if (furnitureKind(text) || unfinished(text) || looksLikeHeadline(text)) return false;
  return opinionKind(text, { concluding: false }, s.cues, s.quantities.length > 0) === null;
}

/** Scores a sentence on its own, as the CLI does: the same model, the same signals. */
export function scoreSentence(text: string): { score: number; checkworthy: boolean } {
  const signals = sentenceSignals(text);
  const p = checkworthiness(signals);
  const score = assertion(signals) ? p : Math.round(p * NOT_AN_ASSERTION * 1000) / 1000;
  return { score, checkworthy: score >= THRESHOLD };
}

// Stage 6: how much a claim is worth checking. A logistic model trained on ClaimBuster (see
// scripts/train-checkworthiness.ts) scores hashed words and the extractor's signals; its calibrated
// probability is the claim's `checkworthiness`, and the threshold shipped with it decides `checkworthy`.

import { furnitureKind, looksLikeHeadline } from "../furniture.js";
import { opinionKind } from "../opinion.js";
import type { Signals } from "./features.js";
import { loadModel, type ModelFile, probability } from "./model.js";
import file from "./model.json" with { type: "json" };
import { sentenceSignals } from "./signals.js";

export type { Signals } from "./features.js";

const model = loadModel(file as ModelFile);

/** The threshold at or above which a score means "check-worthy". */
export const THRESHOLD = model.threshold;

/** Calibrated probability (0..1, three decimals) that the claim is worth checking. */
export function checkworthiness(signals: Signals): number {
  return Math.round(probability(model, signals) * 1000) / 1000;
}

// A line the extractor would never read as a sentence (page furniture, a headline, a blurb cut short)
// keeps a tenth of the model's probability. Inside extraction such lines never reach the model, so there
// a claim's score is the model's probability as it stands. Opinion is mostly left to the model: debaters'
// "I think …" sentences often carry checkable claims, and the model learned how often. Rhetoric is not:
// a conclusion or flourish with no figure ("In conclusion, X highlights the challenges …") is never a
// claim in extraction, and debates almost never contain one (14 of 22,486 training sentences), so the
// model cannot learn it; it keeps a tenth too.
const NOT_A_CLAIM = 0.1;

// A teaser's blurb stops mid-word or mid-phrase where the page cut it to fit, at a fixed width of
// usually a hundred characters or more (80 leaves room). A shorter line without its full stop is more
// likely a claim typed or pasted without one ("Unemployment is at 3.5 percent"), scored as it stands.
const CUT_SHORT = /[\p{L}\d,]$/u;
const BLURB_WIDTH = 80;

function sentenceLike(text: string): boolean {
  const line = text.trim();
  const cut = line.length >= BLURB_WIDTH && CUT_SHORT.test(line);
  return !furnitureKind(line) && !cut && !looksLikeHeadline(line);
}

function rhetoric(signals: Signals): boolean {
  const kind = opinionKind(
    signals.text.trim(),
    { concluding: false },
    signals.cues,
    signals.quantities.length > 0,
  );
  return kind === "rhetoric";
}

/** Scores a sentence on its own, as the CLI does: the same model, the same signals. */
export function scoreSentence(text: string): { score: number; checkworthy: boolean } {
  const signals = sentenceSignals(text);
  const p = checkworthiness(signals);
  const score =
    sentenceLike(text) && !rhetoric(signals) ? p : Math.round(p * NOT_A_CLAIM * 1000) / 1000;
  return { score, checkworthy: score >= THRESHOLD };
}

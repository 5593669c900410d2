// Whether a published fact-check is of the claim in front of a checker: "previously checked". Pure: no I/O.
// A fact-check's claim is short ("Nvidia made $17.1bn from China last year") and an article's is long, so
// closeness is the share of the fact-check's words the claim uses too — after the claim's subject is
// found in the fact-check, and only if their figures, where both state one, agree.
import { findQuantities, type Quantity } from "../extract/index.js";
import { agrees, sameKind } from "../verify/figure-check.js";
import { STOPWORDS } from "./search.js";

export interface Checkable {
  text: string;
  subject: string | null;
  quantities: Quantity[];
}

/** From this closeness up a fact-check counts as a check of the claim. */
export const CLOSE = 0.6;

// Plurals and simple past read as their stem, so "exports" meets "exported".
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, "") || w;

/** A text's content words, stemmed, each once. Figures are compared as figures, not as words. */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOPWORDS.has(w)).map(stem));
}

/** Whether the words of `phrase` occur in `text` as words, in order. */
export function mentions(text: string, phrase: string): boolean {
  const at = text.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return false;
  const edge = (i: number) => i < 0 || i >= text.length || !/[\p{L}\p{N}]/u.test(text[i]!);
  return edge(at - 1) && edge(at + phrase.length);
}

/** 0..1: how closely the fact-check's claim is the claim's. 0 when the subject is not named in it or a
 *  figure stated by both disagrees. */
export function closeness(
  claim: Checkable,
  factcheck: string,
  claimWords: Set<string> = contentWords(claim.text),
): number {
  if (!claim.subject || !mentions(factcheck, claim.subject)) return 0;
  const figures = claim.quantities.length ? findQuantities(factcheck) : [];
  const pairs = claim.quantities.flatMap((a) =>
    figures.filter((b) => sameKind(a, b)).map((b) => agrees(a, b) || agrees(b, a)),
  );
  if (pairs.length > 0 && !pairs.some(Boolean)) return 0;
  const words = contentWords(factcheck);
  if (words.size === 0) return 0;
  let shared = 0;
  for (const w of words) if (claimWords.has(w)) shared++;
  return shared / words.size;
}

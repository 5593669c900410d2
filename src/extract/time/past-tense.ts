// Whether a verb is in the past tense: "-ed" words that are no present passive, and the irregular pasts.
import { IRREGULAR_PAST_PATTERN } from "../lexicon/words.js";

const IRREGULAR_PAST = new RegExp(String.raw`\b(?:${IRREGULAR_PAST_PATTERN})\b`, "g");
const isLower = (c: number) => c >= 97 && c <= 122;

// "She is survived by …", "30% of its profit already is derived from the U.S.": a participle after "is" or
// "are" is a present passive, not a past; so is one after "be" and a modal that looks ahead ("That status
// could be lost if …", "the rule may be delayed"), not after "can" or "must", which a story tells of a time
// it has named ("He must serve 16 years before he can be considered for parole" is of the sentencing).
const PRESENT_PASSIVE =
  /\b(?:is|are|am|(?:will|would|could|may|might|should)\s+(?:not\s+)?be)\s+(?:(?:not|also|still|now|already|\w+ly)\s+)?$/;

/** A word ending in "-ed" after at least three letters ("visited", "summoned"), not in a present passive
 *  nor a name inside the sentence ("Manchester United", "Mohammed"); a string search is far cheaper here
 *  than a regex that tries every word. */
function hasRegularPast(s: string): boolean {
  for (let i = s.indexOf("ed", 3); i >= 0; i = s.indexOf("ed", i + 2)) {
    const after = s.charCodeAt(i + 2);
    if (
      !isLower(after) &&
      isLower(s.charCodeAt(i - 1)) &&
      isLower(s.charCodeAt(i - 2)) &&
      isLower(s.charCodeAt(i - 3)) &&
      !opensOnCapital(s, i - 3) &&
      !presentPassive(s, i)
    )
      return true;
  }
  return false;
}

const isUpper = (c: number) => c >= 65 && c <= 90;
/** Whether the word holding `at` opens on a capital after another word: a name inside the sentence. */
function opensOnCapital(s: string, at: number): boolean {
  let start = at;
  while (start > 0 && isLower(s.charCodeAt(start - 1))) start--;
  const capital = start - 1;
  return (
    capital >= 0 &&
    isUpper(s.charCodeAt(capital)) &&
    /\w[\s,]+$/.test(s.slice(Math.max(0, capital - 3), capital))
  );
}

function presentPassive(s: string, end: number): boolean {
  let start = end;
  while (start > 0 && isLower(s.charCodeAt(start - 1))) start--;
  const before = s.slice(Math.max(0, start - 24), start);
  // Most words have none of the three before them: a string search first.
  if (
    !before.includes("is ") &&
    !before.includes("are ") &&
    !before.includes("am ") &&
    !before.includes("be ")
  )
    return false;
  return PRESENT_PASSIVE.test(before);
}

/** Whether any verb of `s` is in the past tense. */
export const statesPast = (s: string): boolean => hasRegularPast(s) || hasIrregularPast(s);

function hasIrregularPast(s: string): boolean {
  IRREGULAR_PAST.lastIndex = 0;
  for (let m = IRREGULAR_PAST.exec(s); m; m = IRREGULAR_PAST.exec(s))
    if (!presentPassive(s, m.index + m[0].length)) return true;
  return false;
}

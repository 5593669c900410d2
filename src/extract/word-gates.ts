// Many rules can only match where one of a few words stands ("said", "fiscal", "because"). Scanning each
// sentence with each rule's regex to learn that it cannot cost most of a run (dozens of whole-sentence
// scans a sentence); one walk over a text instead hashes its words once and sets a bit for every gate one
// of them opens, so a rule whose words are absent is skipped on a bit test.
// A gate is only ever a necessary condition: a hash collision opens it wrongly and the rule's own pattern
// still decides, so a gate can skip work but never change an answer.

const SLOTS = 1 << 14;
const GATES = 64;
// Two 32-bit words of gate bits a slot; a whole word's hash indexes `whole`, its first three letters' `opening`.
const whole = new Uint32Array(SLOTS * 2);
const opening = new Uint32Array(SLOTS * 2);
let registered = 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const OPENING = 3;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A set of words, any one of which a rule needs; folded to lower case. */
export type WordGate = number;

// A lexicon list is written once as a regex alternation ("said|says|think(?!\\s+tank)"); its gate reads the
// words from it, dropping what looks around them, which only ever narrows a match.
const LOOKAROUND = /\(\?<?[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g;
const wordsOf = (alternation: string): string[] =>
  alternation ? alternation.replace(LOOKAROUND, "").split("|") : [];

function slotOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 32), FNV_PRIME);
  return (h & (SLOTS - 1)) * 2;
}

/** Registers a gate opened by any of `words` standing alone, or by a word opening with the first three
 *  letters of any of `openings` ("Jan|Feb|Mar" for "January", "Marketing" too); letters only: "it's" is
 *  "it" and "s". Both are regex alternations. */
export function wordGate(words: string, openings = ""): WordGate {
  if (registered === GATES) throw new Error(`more than ${GATES} word gates`);
  const gate = registered++;
  const bit = 1 << (gate & 31);
  const half = gate >>> 5;
  for (const word of wordsOf(words)) {
    if (!/^[a-z]+$/i.test(word)) throw new Error(`a gate word is letters only: ${word}`);
    whole[slotOf(word) + half]! |= bit;
  }
  for (const word of wordsOf(openings)) {
    if (!/^[a-z]{3,}$/i.test(word)) throw new Error(`an opening is three letters or more: ${word}`);
    opening[slotOf(word.slice(0, OPENING)) + half]! |= bit;
  }
  return gate;
}

// The walk leaves a text's two words of bits here rather than allocating a pair per text.
let low = 0;
let high = 0;

function walk(text: string): void {
  low = high = 0;
  let h = FNV_OFFSET;
  let letters = 0;
  let first = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    if (isLetter(c)) {
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
      if (++letters === OPENING) first = (h & (SLOTS - 1)) * 2;
    } else if (letters > 0) {
      const slot = (h & (SLOTS - 1)) * 2;
      low |= whole[slot]!;
      high |= whole[slot + 1]!;
      if (letters >= OPENING) {
        low |= opening[first]!;
        high |= opening[first + 1]!;
      }
      h = FNV_OFFSET;
      letters = 0;
    }
  }
}

// Stages ask about the same sentence and claim many times over; the last few answers are kept.
const RECENT = 8;
const texts: string[] = new Array(RECENT).fill("");
const answers = new Uint32Array(RECENT * 2);
let next = 0;

/** Where `text`'s two words of bits are in `answers`. */
function gatesOf(text: string): number {
  for (let i = 0; i < RECENT; i++) if (texts[i] === text) return i * 2;
  walk(text);
  const at = next * 2;
  texts[next] = text;
  answers[at] = low;
  answers[at + 1] = high;
  next = (next + 1) % RECENT;
  return at;
}

/** Whether one of the gate's words stands in `text` (or a hash collision says so). */
export const opens = (gate: WordGate, text: string): boolean =>
  (answers[gatesOf(text) + (gate >>> 5)]! & (1 << (gate & 31))) !== 0;

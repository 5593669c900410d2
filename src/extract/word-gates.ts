// Many rules can only match where one of a few words stands ("said", "fiscal", "because"). Scanning each
// sentence with each rule's regex to learn that it cannot cost most of a run (dozens of whole-sentence
// scans a sentence); one walk over a text instead hashes its words once and sets a bit for every gate one
// of them opens, so a rule whose words are absent is skipped on a bit test.
// A gate is only ever a necessary condition: a hash collision opens it wrongly and the rule's own pattern
// still decides, so a gate can skip work but never change an answer.

const SLOTS = 1 << 14;
const table = new Uint32Array(SLOTS);
let registered = 0;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A set of words, any one of which a rule needs; folded to lower case. */
export type WordGate = number;

// A lexicon list is written once as a regex alternation ("said|says|think(?!\\s+tank)"); its gate reads the
// words from it, dropping what looks around them, which only ever narrows a match.
const LOOKAROUND = /\(\?<?[!=][^()]*(?:\([^()]*\)[^()]*)*\)/g;
const wordsOf = (alternation: string): string[] => alternation.replace(LOOKAROUND, "").split("|");

/** Registers a gate opened by any word of the `alternations` standing alone (letters only: "it's" is "it"
 *  and "s"). */
export function wordGate(...alternations: string[]): WordGate {
  if (registered === 32) throw new Error("more than 32 word gates");
  const bit = 1 << registered++;
  for (const word of alternations.flatMap(wordsOf)) {
    if (!/^[a-z]+$/i.test(word)) throw new Error(`a gate word is letters only: ${word}`);
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ (word.charCodeAt(i) | 32), FNV_PRIME);
    table[h & (SLOTS - 1)]! |= bit;
  }
  return bit >>> 0;
}

function walk(text: string): number {
  let open = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      h = Math.imul(h ^ (c | 32), FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      open |= table[h & (SLOTS - 1)]!;
      h = FNV_OFFSET;
      inWord = false;
    }
  }
  return inWord ? open | table[h & (SLOTS - 1)]! : open;
}

// Stages ask about the same sentence and claim many times over; the last few answers are kept.
const RECENT = 8;
const texts: string[] = new Array(RECENT).fill("");
const answers = new Uint32Array(RECENT);
let next = 0;

function gatesOf(text: string): number {
  for (let i = 0; i < RECENT; i++) if (texts[i] === text) return answers[i]!;
  const open = walk(text);
  texts[next] = text;
  answers[next] = open;
  next = (next + 1) % RECENT;
  return open;
}

/** Whether one of the gate's words stands in `text` (or a hash collision says so). */
export const opens = (gate: WordGate, text: string): boolean => (gatesOf(text) & gate) !== 0;

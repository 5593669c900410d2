// A sentence's first word is capitalised whatever it is, so "Core inflation rose" and "Nvidia shares
// rose" look alike. The rest of the story tells them apart: it writes a common word in lower case
// ("economists expect core inflation …") and a name with its capital inside sentences ("shares in
// Nvidia"). A word the story does both with ("Next said …", "shares in Next", "next year") stays a name.

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;

/** Whether `word` stands whole at `at` in `text` (no letter joined on either side). */
function whole(text: string, at: number, length: number): boolean {
  return !isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + length));
}

// What ends a sentence or opens a quote, a list item or a line: a capital after one of these proves
// nothing.
const OPENS_AFTER = new Set([..."\n.!?:;\"“”‘’'([{—–-•|"].map((c) => c.charCodeAt(0)));

/** Whether the capital of the word at `at` is there because something opens there. */
function openingAt(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || OPENS_AFTER.has(text.charCodeAt(i));
}

function occurs(text: string, word: string, where: (at: number) => boolean): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
    if (whole(text, at, word.length) && where(at)) return true;
  return false;
}

// Up to this length a word is looked for where it is asked about (a few fast searches); beyond it, every
// word of the story is read once, so that a long story whose sentences open with many different words
// still costs time in proportion to its length.
const SEARCH_LIMIT = 20_000;

/** The story's words as it writes them: in lower case anywhere, capitalised inside a sentence. */
function wordsOf(text: string): { lower: Set<string>; inside: Set<string> } {
  const lower = new Set<string>();
  const inside = new Set<string>();
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    const w = text.slice(i, end);
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) lower.add(w);
    else if (!openingAt(text, i)) inside.add(w);
    i = end;
  }
  return { lower, inside };
}

let story = "";
let known = new Map<string, { lower: boolean; inside: boolean }>();
let index: { lower: Set<string>; inside: Set<string> } | null = null;

/** How `text` writes `word` elsewhere: in lower case, and capitalised inside a sentence. Remembered for
 *  the last story, since its sentences ask about the same few words. */
function usesOf(word: string, text: string): { lower: boolean; inside: boolean } {
  if (text !== story) {
    story = text;
    known = new Map();
    index = null;
  }
  let uses = known.get(word);
  if (uses === undefined) {
    const lower = word.toLowerCase();
    if (text.length > SEARCH_LIMIT) {
      index ??= wordsOf(text);
      uses = { lower: index.lower.has(lower), inside: index.inside.has(word) };
    } else
      uses = {
        lower: occurs(text, lower, () => true),
        inside: occurs(text, word, (at) => !openingAt(text, at)),
      };
    known.set(word, uses);
  }
  return uses;
}

/**
 * Whether `word` (capitalised, opening a sentence of `text`) is a common word there: `text` also writes
 * it in lower case and never capitalises it inside a sentence.
 */
export function opensOnly(word: string, text: string): boolean {
  if (word.toLowerCase() === word) return false;
  const uses = usesOf(word, text);
  return uses.lower && !uses.inside;
}

/** Whether `text` capitalises `word` inside a sentence: a name there ("against Arsenal"). */
export const namedInside = (word: string, text: string): boolean => usesOf(word, text).inside;

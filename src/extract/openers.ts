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

// Whole words only: "Jet" in a story of "Jetstar" is still written once.
/** How many times (up to two) `word` stands whole in `text`. */
function wholeCount(text: string, word: string): number {
  let n = 0;
  for (let at = text.indexOf(word); at >= 0 && n < 2; at = text.indexOf(word, at + word.length))
    if (whole(text, at, word.length)) n++;
  return n;
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

/** Calls `visit` with each word of `text` (a run of letters) and where it starts. */
function eachWord(text: string, visit: (word: string, at: number) => void): void {
  for (let i = 0; i < text.length; ) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    visit(text.slice(i, end), i);
    i = end;
  }
}

/** The story's words as it writes them: in lower case anywhere, capitalised inside a sentence. */
function wordsOf(text: string): { lower: Set<string>; inside: Set<string> } {
  const lower = new Set<string>();
  const inside = new Set<string>();
  eachWord(text, (w, at) => {
    const c = text.charCodeAt(at);
    if (c >= 97 && c <= 122) lower.add(w);
    else if (!openingAt(text, at)) inside.add(w);
  });
  return { lower, inside };
}

let story = "";
// Each remembered for the last story, since its sentences ask about the same few words.
let lowerKnown = new Map<string, boolean>();
let insideKnown = new Map<string, boolean>();
let index: { lower: Set<string>; inside: Set<string> } | null = null;
let onceKnown = new Map<string, boolean>();
let counts: Map<string, number> | null = null;

function forStory(text: string): void {
  if (text === story) return;
  story = text;
  lowerKnown = new Map();
  insideKnown = new Map();
  index = null;
  onceKnown = new Map();
  counts = null;
}

/** Whether `text` writes `word` in lower case anywhere. */
function writtenLower(word: string, text: string): boolean {
  let answer = lowerKnown.get(word);
  if (answer === undefined) {
    const lower = word.toLowerCase();
    if (text.length > SEARCH_LIMIT) answer = (index ??= wordsOf(text)).lower.has(lower);
    else answer = occurs(text, lower, () => true);
    lowerKnown.set(word, answer);
  }
  return answer;
}

/** Whether `text` capitalises `word` inside a sentence: a name there ("against Arsenal"). */
export function namedInside(word: string, text: string): boolean {
  forStory(text);
  let answer = insideKnown.get(word);
  if (answer === undefined) {
    if (text.length > SEARCH_LIMIT) answer = (index ??= wordsOf(text)).inside.has(word);
    else answer = occurs(text, word, (at) => !openingAt(text, at));
    insideKnown.set(word, answer);
  }
  return answer;
}

/**
 * Whether `word` (capitalised, opening a sentence of `text`) is a common word there: `text` also writes
 * it in lower case and never capitalises it inside a sentence.
 */
export function opensOnly(word: string, text: string): boolean {
  if (word.toLowerCase() === word) return false;
  forStory(text);
  return writtenLower(word, text) && !namedInside(word, text);
}

// A story this long names what it is about more than once.
const STORY_LENGTH = 1500;

/** How many times the story writes each word as written (capitals kept): read once, for a long story. */
function countsOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  eachWord(text, (w) => out.set(w, (out.get(w) ?? 0) + 1));
  return out;
}

/**
 * Whether `word` (capitalised, opening a sentence of `text`) stands in a whole story only there, once and
 * in no other case: "Utilisation at its factories improved", "Punctuality remains poor". A name the story
 * is about comes back ("shares in Tesco", "Tesco's"); a short text tells nothing either way.
 */
export function writtenOnce(word: string, text: string): boolean {
  if (text.length < STORY_LENGTH || !/^[A-Za-z]+$/.test(word)) return false;
  forStory(text);
  let answer = onceKnown.get(word);
  if (answer === undefined) {
    const count =
      text.length > SEARCH_LIMIT
        ? ((counts ??= countsOf(text)).get(word) ?? 0)
        : wholeCount(text, word);
    answer = count === 1 && !writtenLower(word, text);
    onceKnown.set(word, answer);
  }
  return answer;
}

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

let story = "";
let known = new Map<string, boolean>();

/**
 * Whether `word` (capitalised, opening a sentence of `text`) is a common word there: `text` also writes
 * it in lower case and never capitalises it inside a sentence. Remembered for the last story, since
 * its sentences ask about the same few words.
 */
export function opensOnly(word: string, text: string): boolean {
  if (text !== story) {
    story = text;
    known = new Map();
  }
  let answer = known.get(word);
  if (answer === undefined) {
    const lower = word.toLowerCase();
    answer =
      lower !== word &&
      occurs(text, lower, () => true) &&
      !occurs(text, word, (at) => !openingAt(text, at));
    known.set(word, answer);
  }
  return answer;
}

// Stage 2: sentences with exact offsets. A rule-based splitter rather than Intl.Segmenter, which breaks
// after "U.S." and "Mr." and slows down sharply on long strings in Node 20.
import type { Span } from "./types.js";

// Abbreviations after which a full stop never ends a sentence.
const NEVER_FINAL = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "sen",
  "rep",
  "gov",
  "gen",
  "col",
  "lt",
  "sgt",
  "capt",
  "st",
  "mt",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "no",
  "nos",
  "vs",
  "v",
  "e.g",
  "i.e",
  "cf",
  "approx",
  "est",
  "fig",
  "vol",
  "ch",
  "sec",
  "art",
  "jr",
  "sr",
  "hon",
  "rev",
  "pres",
  "supt",
  "messrs",
  "ave",
  "blvd",
  "op",
  "pp",
]);
// Abbreviations that may also close a sentence: split only when a typical sentence opener follows.
const MAYBE_FINAL = new Set([
  "u.s",
  "u.k",
  "u.n",
  "e.u",
  "inc",
  "corp",
  "co",
  "ltd",
  "plc",
  "llc",
  "etc",
  "a.m",
  "p.m",
  "u.s.a",
  "bros",
]);
const OPENERS = new Set([
  "the",
  "a",
  "an",
  "it",
  "its",
  "he",
  "she",
  "they",
  "we",
  "i",
  "you",
  "this",
  "that",
  "these",
  "those",
  "but",
  "and",
  "however",
  "meanwhile",
  "in",
  "on",
  "at",
  "as",
  "after",
  "before",
  "since",
  "while",
  "there",
  "his",
  "her",
  "their",
  "our",
  "if",
  "when",
  "shares",
  "officials",
  "analysts",
]);

const CANDIDATE = /[.!?…]+["'”’)\]]*(?=\s)/g;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  return text.slice(i, dot).toLowerCase().replace(/^\.+/, "");
}

function nextWord(text: string, from: number): { word: string; at: number } {
  const m = /\S+/.exec(text.slice(from, from + 40));
  if (!m) return { word: "", at: -1 };
  return { word: m[0], at: from + m.index };
}

function endsSentence(text: string, mark: string, at: number, next: string): boolean {
  if (!next) return true;
  const first = next.replace(/^["'“‘([]+/, "");
  // A sentence opens with a capital, a digit or an opening quote, or a name written with its capital
  // inside ("iPhone sales rose", "eBay said"); a lower-case word continues this one.
  const camel = /^[a-z]{1,2}[A-Z]/.test(first);
  if ((!/^[A-Z0-9"“‘'([]/.test(next) && !camel) || (/^[a-z]/.test(first) && !camel)) return false;
  if (mark !== ".") return true;
  const before = wordBefore(text, at);
  if (NEVER_FINAL.has(before)) return false;
  // Initials ("J. Smith", "George W. Bush") and single letters never end a sentence; a letter written on a
  // number may ("… the rate of the 1990s. Arctic sea ice …", "… for €45m. He has won …").
  if (/^[a-z]$/.test(before) && !/\d/.test(text[at - 2] ?? "")) return false;
  if (MAYBE_FINAL.has(before) || /^([a-z]\.)+[a-z]$/.test(before)) {
    return OPENERS.has(first.replace(/[^A-Za-z]/g, "").toLowerCase());
  }
  return true;
}

/** Sentences of one paragraph, trimmed, as absolute spans into `text`. */
export function splitSentences(text: string, paragraph: Span): Span[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const spans: Span[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(body); m; m = CANDIDATE.exec(body)) {
    const end = m.index + m[0].length;
    const { word } = nextWord(body, end);
    if (!endsSentence(body, m[0][0]!, m.index, word)) continue;
    pushTrimmed(spans, body, start, end, paragraph.start);
    start = end;
  }
  pushTrimmed(spans, body, start, body.length, paragraph.start);
  return spans;
}

function pushTrimmed(
  spans: Span[],
  body: string,
  start: number,
  end: number,
  offset: number,
): void {
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end > start) spans.push({ start: offset + start, end: offset + end });
}

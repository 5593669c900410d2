// What the check-worthiness model sees of a sentence: hashed words and word pairs, plus the signals the
// extractor already reads (figures and their types, a stated time, a named subject, cue words, kind).
import type { Cues, Cue } from "../cues.js";
import type { ClaimKind, Quantity, QuantityType } from "../types.js";
import { unfinished } from "../furniture.js";
import { wordCount } from "../text.js";

export interface Signals {
  text: string;
  quantities: readonly Quantity[];
  /** A time is stated (explicitly or relative to publication), not merely the publication date. */
  timed: boolean;
  subject: string | null;
  cues: Cues;
  kind: ClaimKind;
}

const CUES: Cue[] = [
  "projection", "future", "attribution", "change", "comparison", "ranking", "causal", "hedge", "rhetoric",
  "speculation", "first_person",
];
const KINDS: ClaimKind[] = [
  "statistic", "change", "projection", "comparison", "ranking", "event", "quote", "attribution", "causal",
];
const TYPES: QuantityType[] = ["money", "percent", "percentage_points", "count", "duration", "measure", "rank", "ratio"];

/** Names of the dense features, in the order they follow the hashed ones in the weight vector. */
export const DENSE = [
  "bias", "figures", "figures_2plus", ...TYPES.map((t) => `figure_${t}`), "timed", "subject",
  ...CUES.map((c) => `cue_${c}`), ...KINDS.map((k) => `kind_${k}`), "question", "words_lt6", "words_6_15",
  "words_16_30", "words_gt30", "opens_with_person", "digit", "unfinished",
] as const;
const INDEX = new Map<string, number>(DENSE.map((d, i) => [d, i]));
const at = (name: string) => INDEX.get(name)!;
const TYPE_AT = new Map(TYPES.map((t) => [t, at(`figure_${t}`)]));
const CUE_AT = new Map(CUES.map((c) => [c, at(`cue_${c}`)]));
const KIND_AT = new Map(KINDS.map((k) => [k, at(`kind_${k}`)]));

export interface Features {
  /** Indices into the weight vector (hashed buckets first, then DENSE), each with value 1. */
  indices: number[];
  /** Signs of the hashed features (the hashing trick's sign keeps collisions from biasing a weight). */
  signs: number[];
}

const TOKEN = /[a-z][a-z']*|\d[\d,.]*|[$%£€]/gi;
const OPENS_WITH_PERSON = /^\W*(?:i|we|you|my|our)\b/i;

/** FNV-1a over a string, continuing from `h`. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Word shapes that carry over to people, places and events the training debates never named: a
// capitalised word inside a sentence is a name ("Soros took…", "Biden signed…"), and a past-tense verb
// reports something that happened. Both also pair with their neighbours ("<name> took", "said <name>").
const NAME = fnv("\u0001name");
const PAST = fnv("\u0001past");
const IRREGULAR_PAST = new Set(
  ("was were had did said made took lost won gave got went came became told paid spent built sent sold " +
    "bought left led fell rose grew began brought thought knew saw found kept held ran wrote stood").split(" "),
);

function isName(raw: string, position: number): boolean {
  const c = raw.charCodeAt(0);
  return position > 0 && c >= 65 && c <= 90 && raw !== "I";
}

function isPast(word: string): boolean {
  const n = word.length;
  if (n > 4 && word.charCodeAt(n - 1) === 100 && word.charCodeAt(n - 2) === 101) return true; // "-ed"
  return n <= 7 && IRREGULAR_PAST.has(word);
}

/** A number's token says what kind of number it is, not which: "1988" and "2016" are both years. */
function tokenOf(raw: string): string {
  if (raw.charCodeAt(0) > 57 || raw.charCodeAt(0) < 48) return raw;
  return /^(?:19|20)\d\d$/.test(raw) ? "<year>" : "<num>";
}

function pair(a: number, b: number): number {
  return (fnv(" ", Math.imul(a, 31) ^ b) ^ 0x9e3779b9) >>> 0;
}

// Module-level helpers rather than closures: featurize runs per sentence, and a closure made per call
// costs more than the work it does.
function addHashed(f: Features, h: number, mask: number): void {
  f.indices.push(h & mask);
  f.signs.push(h & 0x80000000 ? -1 : 1);
}

function addDense(f: Features, index: number): void {
  f.indices.push(index);
  f.signs.push(1);
}

export function featurize(s: Signals, bits: number): Features {
  const mask = (1 << bits) - 1;
  const f: Features = { indices: [], signs: [] };
  const text = s.text;
  // Lower-casing once is cheaper than per word; a text whose length it changes (rare non-ASCII
  // letters) would misalign the slices, so that one is lower-cased word by word.
  const lower = text.toLowerCase();
  const aligned = lower.length === text.length;
  let prev = 0;
  let prevShape = 0;
  let position = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text), position++) {
    const raw = m[0];
    const word = tokenOf(aligned ? lower.slice(m.index, m.index + raw.length) : raw.toLowerCase());
    const h = fnv(word);
    addHashed(f, h, mask);
    if (prev) addHashed(f, pair(prev, h), mask);
    const name = isName(raw, position);
    if (name) addHashed(f, NAME, mask);
    else if (isPast(word)) addHashed(f, PAST, mask);
    const shape = name ? NAME : h;
    if (prevShape && (name || prevShape === NAME)) addHashed(f, pair(prevShape, shape) ^ 0x5bd1e995, mask);
    prev = h;
    prevShape = shape;
  }
  const base = mask + 1;
  addDense(f, base + at("bias"));
  const qs = s.quantities;
  if (qs.length) addDense(f, base + at("figures"));
  if (qs.length > 1) addDense(f, base + at("figures_2plus"));
  let seen = 0;
  for (const q of qs) {
    const k = TYPE_AT.get(q.type)!;
    if (!(seen & (1 << k % 30))) addDense(f, base + k);
    seen |= 1 << k % 30;
  }
  if (s.timed) addDense(f, base + at("timed"));
  if (s.subject) addDense(f, base + at("subject"));
  for (const c of s.cues) addDense(f, base + CUE_AT.get(c)!);
  addDense(f, base + KIND_AT.get(s.kind)!);
  if (/\?["”’)]*\s*$/.test(text)) addDense(f, base + at("question"));
  const words = wordCount(text, 31);
  addDense(f, base + at(words < 6 ? "words_lt6" : words <= 15 ? "words_6_15" : words <= 30 ? "words_16_30" : "words_gt30"));
  if (OPENS_WITH_PERSON.test(text)) addDense(f, base + at("opens_with_person"));
  if (/\d/.test(text)) addDense(f, base + at("digit"));
  if (unfinished(text.trim())) addDense(f, base + at("unfinished"));
  return f;
}

// What the check-worthiness model sees of a sentence: hashed words and word pairs, plus the signals the
// extractor already reads (figures and their types, a stated time, a named subject, cue words, kind).
import type { Cue, Cues } from "../cues.js";
import { unfinished } from "../furniture.js";
import { IRREGULAR_PAST_OF_MODEL } from "../lexicon/words.js";
import { wordCount } from "../text.js";
import { CLAIM_KINDS, type ClaimKind, QUANTITY_TYPES, type Quantity } from "../types.js";

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
  "projection",
  "future",
  "attribution",
  "change",
  "comparison",
  "ranking",
  "causal",
  "hedge",
  "rhetoric",
  "speculation",
  "first_person",
];
const KINDS = CLAIM_KINDS;
const TYPES = QUANTITY_TYPES;

/** Names of the dense features, in the order they follow the hashed ones in the weight vector. */
export const DENSE = [
  "bias",
  "figures",
  "figures_2plus",
  ...TYPES.map((t) => `figure_${t}`),
  "timed",
  "subject",
  ...CUES.map((c) => `cue_${c}`),
  ...KINDS.map((k) => `kind_${k}`),
  "question",
  "words_lt6",
  "words_6_15",
  "words_16_30",
  "words_gt30",
  "opens_with_person",
  "digit",
  "unfinished",
] as const;
const INDEX = new Map<string, number>(DENSE.map((d, i) => [d, i]));
const at = (name: string) => INDEX.get(name)!;
const TYPE_AT = new Map(TYPES.map((t) => [t, at(`figure_${t}`)]));
const CUE_AT = new Map(CUES.map((c) => [c, at(`cue_${c}`)]));
const KIND_AT = new Map(KINDS.map((k) => [k, at(`kind_${k}`)]));

export interface Features {
  /** Indices into the weight vector (hashed buckets first, then DENSE). */
  indices: number[];
  /**
   * Each feature's value: ±1/√(hashed count / 30) for hashed ones (the hashing trick's sign keeps
   * collisions from biasing a weight), 1 for dense ones.
   */
  signs: number[];
}

// Unscaled, a sentence's score is a sum over its words and pairs, so a long sentence piles up the small
// negative weights every common word carries (most debate sentences are not check-worthy) and long
// claims ranked below short quips. Scaling by 1/√n, as TF vectors are normalised, leaves length to the
// length features; 30 is a typical count, so typical values stay near ±1.
const TYPICAL_HASHED = 30;

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
const IRREGULAR_PAST = new Map(IRREGULAR_PAST_OF_MODEL.map((w) => [fnv(w), w]));
// A number's token says what kind of number it is, not which: "1988" and "2016" are both years.
const YEAR = fnv("<year>");
const NUMBER = fnv("<num>");

// Words are ASCII letters (and apostrophes), numbers are digits with their separators, and four
// symbols stand alone; the scanner reads char codes so no word is ever copied out of the sentence.
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isUpper(c) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSymbol = (c: number) => c === 36 || c === 37 || c === 163 || c === 8364; // $ % £ €

function tokenEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let j = i + 1;
  if (isLetter(c))
    while (j < text.length && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 39)) j++;
  else if (isDigit(c)) {
    for (let d = text.charCodeAt(j); isDigit(d) || d === 44 || d === 46; d = text.charCodeAt(++j));
  }
  return j;
}

/** FNV-1a of the lower-cased word, or of what kind of number it is. */
function wordHash(text: string, start: number, end: number): number {
  const c = text.charCodeAt(start);
  if (isDigit(c)) {
    const century =
      c === 49 ? text.charCodeAt(start + 1) === 57 : c === 50 && text.charCodeAt(start + 1) === 48;
    const year =
      end - start === 4 &&
      century &&
      isDigit(text.charCodeAt(start + 2)) &&
      isDigit(text.charCodeAt(start + 3));
    return year ? YEAR : NUMBER;
  }
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    const k = text.charCodeAt(i);
    h ^= isUpper(k) ? k + 32 : k;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isPast(text: string, start: number, end: number, h: number): boolean {
  const n = end - start;
  if (n > 4 && (text.charCodeAt(end - 1) | 32) === 100 && (text.charCodeAt(end - 2) | 32) === 101)
    return true; // "-ed"
  const irregular = n <= 7 ? IRREGULAR_PAST.get(h) : undefined;
  return irregular !== undefined && text.slice(start, end).toLowerCase() === irregular;
}

function pair(a: number, b: number): number {
  return (fnv(" ", Math.imul(a, 31) ^ b) ^ 0x9e3779b9) >>> 0;
}

/**
 * Receives a sentence's features as they are read: hashed ones as a 32-bit hash (the sink masks it to
 * its bucket and takes its sign from the top bit), dense ones by their place in DENSE. Training collects
 * them (featurize); inference sums weights as they come (score.ts), so scoring builds no arrays.
 */
export interface FeatureSink {
  hashed(h: number): void;
  dense(index: number): void;
}

/** The value of each hashed feature when a sentence has `count` of them (see TYPICAL_HASHED). */
export const hashedValue = (count: number) => Math.sqrt(TYPICAL_HASHED / (count || 1));

export function readFeatures(s: Signals, sink: FeatureSink): void {
  const text = s.text;
  let prev = 0;
  let prevShape = 0;
  let position = 0;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (!isLetter(c) && !isDigit(c) && !isSymbol(c)) {
      i++;
      continue;
    }
    const end = tokenEnd(text, i);
    const h = wordHash(text, i, end);
    sink.hashed(h);
    if (prev) sink.hashed(pair(prev, h));
    // Inside a sentence a capital starts a name; "I" is not one, nor is the sentence's first word.
    const name = position > 0 && isUpper(c) && !(end - i === 1 && c === 73);
    if (name) sink.hashed(NAME);
    else if (isLetter(c) && isPast(text, i, end, h)) sink.hashed(PAST);
    const shape = name ? NAME : h;
    if (prevShape && (name || prevShape === NAME)) sink.hashed(pair(prevShape, shape) ^ 0x5bd1e995);
    prev = h;
    prevShape = shape;
    position++;
    i = end;
  }
  sink.dense(at("bias"));
  const qs = s.quantities;
  if (qs.length) sink.dense(at("figures"));
  if (qs.length > 1) sink.dense(at("figures_2plus"));
  let seen = 0;
  for (const q of qs) {
    const k = TYPE_AT.get(q.type)!;
    if (!(seen & (1 << (k % 30)))) sink.dense(k);
    seen |= 1 << (k % 30);
  }
  if (s.timed) sink.dense(at("timed"));
  if (s.subject) sink.dense(at("subject"));
  for (const c of s.cues) sink.dense(CUE_AT.get(c)!);
  sink.dense(KIND_AT.get(s.kind)!);
  if (/\?["”’)]*\s*$/.test(text)) sink.dense(at("question"));
  const words = wordCount(text, 31);
  sink.dense(
    at(
      words < 6
        ? "words_lt6"
        : words <= 15
          ? "words_6_15"
          : words <= 30
            ? "words_16_30"
            : "words_gt30",
    ),
  );
  if (OPENS_WITH_PERSON.test(text)) sink.dense(at("opens_with_person"));
  if (/\d/.test(text)) sink.dense(at("digit"));
  if (unfinished(text.trim())) sink.dense(at("unfinished"));
}

/** A sentence's features as index and value lists, as training stores them. */
export function featurize(s: Signals, bits: number): Features {
  const mask = (1 << bits) - 1;
  const base = mask + 1;
  const f: Features = { indices: [], signs: [] };
  let hashed = 0;
  readFeatures(s, {
    hashed(h) {
      f.indices.push(h & mask);
      f.signs.push(h & 0x80000000 ? -1 : 1);
      hashed++;
    },
    dense(index) {
      f.indices.push(base + index);
      f.signs.push(1);
    },
  });
  const value = hashedValue(hashed);
  for (let i = 0; i < f.indices.length; i++) if (f.indices[i]! < base) f.signs[i]! *= value;
  return f;
}

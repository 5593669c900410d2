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

const TOKEN = /[a-z][a-z']*|\d[\d,.]*|[$%£€]/g;
const OPENS_WITH_PERSON = /^\W*(?:i|we|you|my|our)\b/i;

/** FNV-1a over a string, continuing from `h`. */
function fnv(s: string, h = 0x811c9dc5): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A number's token says what kind of number it is, not which: "1988" and "2016" are both years. */
function tokenOf(raw: string): string {
  if (raw.charCodeAt(0) > 57 || raw.charCodeAt(0) < 48) return raw;
  return /^(?:19|20)\d\d$/.test(raw) ? "<year>" : "<num>";
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
  const lower = s.text.toLowerCase();
  let prev = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(lower); m; m = TOKEN.exec(lower)) {
    const h = fnv(tokenOf(m[0]));
    addHashed(f, h, mask);
    if (prev) addHashed(f, fnv(" ", Math.imul(prev, 31) ^ h) ^ 0x9e3779b9, mask);
    prev = h;
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
  const text = s.text;
  if (/\?["”’)]*\s*$/.test(text)) addDense(f, base + at("question"));
  const words = wordCount(text, 31);
  addDense(f, base + at(words < 6 ? "words_lt6" : words <= 15 ? "words_6_15" : words <= 30 ? "words_16_30" : "words_gt30"));
  if (OPENS_WITH_PERSON.test(text)) addDense(f, base + at("opens_with_person"));
  if (/\d/.test(text)) addDense(f, base + at("digit"));
  if (unfinished(text.trim())) addDense(f, base + at("unfinished"));
  return f;
}

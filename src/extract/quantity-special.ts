// Quantities that are not "number + unit": ranks ("No. 1", "third-largest"), ratios ("one in five",
// "two-for-one", "threefold") and fractions ("two-thirds").
import { ORDINALS, parseFraction, parseNumberWords, UNITS } from "./numbers.js";
import type { Found } from "./quantities.js";
import type { QuantityType } from "./types.js";

const SMALL = `\\d{1,3}|${Object.keys(UNITS).join("|")}|twenty|thirty|forty|fifty|hundred`;
const ORDINAL = `(?:${Object.keys(ORDINALS).join("|")}|\\d+(?:st|nd|rd|th))`;
const RANK_NO = /\b(?:No\.|no\.|number|#)\s?(\d{1,3}|one|two|three|four|five|ten)\b/g;
const RANK_ORDINAL = new RegExp(
  `\\b(${ORDINAL})[-\\s](?:largest|biggest|highest|lowest|best|worst|most|least|fastest|slowest|richest|poorest|busiest|ranked|place|position|spot|strongest|weakest|smallest|oldest|largest-ever)\\b`,
  "gi",
);
const RANKED = new RegExp(`\\branked\\s+(?:No\\.\\s?)?(${ORDINAL}|\\d+)\\b`, "gi");
// "one in five", "3 out of 4": small numbers only, and never "10,000 in 3 years".
const RATIO_IN = new RegExp(
  `(?<![$€£¥\\d.,])\\b(${SMALL})\\s+(?:in|out of)\\s+(?:every\\s+)?(${SMALL})\\b(?!\\s*(?:%|percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?)\\b)`,
  "gi",
);
const RATIO_FOR = new RegExp(`\\b(${SMALL})-(?:for|to)-(${SMALL})\\b`, "gi");
const FOLD = new RegExp(`\\b(${SMALL}|\\d+(?:\\.\\d+)?)[-\\s]?fold\\b`, "gi");
const TIMES = new RegExp(`\\b(twice|${SMALL}|\\d+(?:\\.\\d+)?)\\s+times\\s+(?=as\\b|more\\b|higher\\b|larger\\b|bigger\\b|greater\\b|faster\\b|the\\b)`, "gi");
const FRACTION =
  /\b(?:(?:one|two|three|four|five|seven|nine)-(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|(?:a|one)\s+(?:third|quarter|fifth|tenth)\s+of|half\s+of|a\s+half)\b/gi;

const num = (raw: string): number | null => {
  const w = raw.toLowerCase();
  if (/^\d/.test(w)) return parseFloat(w);
  if (w === "twice") return 2;
  if (w in ORDINALS) return ORDINALS[w]!;
  return parseNumberWords(w);
};

function found(s: string, start: number, end: number, type: QuantityType, value: number): Found {
  return {
    text: s.slice(start, end), span: { start, end }, type, value: Number(value.toPrecision(12)), unit: null,
    approximate: false, bound: null, role: null, numeral: value, scaled: false,
  };
}

function each(re: RegExp, s: string, f: (m: RegExpExecArray) => Found | null, out: Found[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const q = f(m);
    // The longer reading wins: "ranked No. 1" over "No. 1".
    if (q && !out.some((o) => o.span.start <= q.span.start && o.span.end >= q.span.end)) out.push(q);
  }
}

export function specialQuantities(s: string): Found[] {
  const out: Found[] = [];
  const at = (m: RegExpExecArray, type: QuantityType, value: number | null) =>
    value === null || !Number.isFinite(value) ? null : found(s, m.index, m.index + m[0].length, type, value);
  each(RANKED, s, (m) => at(m, "rank", num(m[1]!.replace(/(?<=\d)(st|nd|rd|th)$/i, ""))), out);
  each(RANK_ORDINAL, s, (m) => at(m, "rank", num(m[1]!.replace(/(?<=\d)(st|nd|rd|th)$/i, ""))), out);
  each(RANK_NO, s, (m) => at(m, "rank", num(m[1]!)), out);
  each(RATIO_IN, s, (m) => {
    const [a, b] = [num(m[1]!), num(m[2]!)];
    return a !== null && b ? at(m, "ratio", a / b) : null;
  }, out);
  each(RATIO_FOR, s, (m) => {
    const [a, b] = [num(m[1]!), num(m[2]!)];
    return a !== null && b ? at(m, "ratio", a / b) : null;
  }, out);
  each(FOLD, s, (m) => at(m, "ratio", num(m[1]!)), out);
  each(TIMES, s, (m) => at(m, "ratio", num(m[1]!)), out);
  each(FRACTION, s, (m) => {
    const words = m[0].replace(/\s+of$/i, "").replace(/^half$/i, "a half");
    const value = parseFraction(words);
    return value === null ? null : found(s, m.index, m.index + words.length, "count", value);
  }, out);
  return out;
}

// Numbers as written in news copy: numerals with separators, number words, fractions and scale words.

export const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
export const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  k: 1e3,
  lakh: 1e5,
  million: 1e6,
  mln: 1e6,
  mil: 1e6,
  mn: 1e6,
  m: 1e6,
  crore: 1e7,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  // Malaysian papers write "RM8.47bil", "RM1.2tril".
  bil: 1e9,
  b: 1e9,
  trillion: 1e12,
  t: 1e12,
  tn: 1e12,
  tln: 1e12,
  trn: 1e12,
  tril: 1e12,
};
/** A small number in digits or words ("12", "five", "forty"), as a ratio or a top N is written. */
export const SMALL_NUMBER = `\\d{1,3}|${Object.keys(UNITS).join("|")}|twenty|thirty|forty|fifty|hundred`;

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
};
/** A rank past the first, in words or digits: "the third named storm", "his 12th win". */
export const LATER_ORDINAL = `(?:${Object.keys(ORDINALS)
  .filter((w) => w !== "first")
  .join("|")}|\\d+(?:st|nd|rd|th))`;
const FRACTION_DENOMINATORS: Record<string, number> = {
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
};

/** "1,234.5" → 1234.5; "1.234,5" is not news English and is read as written up to the comma. */
export function parseNumeral(raw: string): number {
  return Number(raw.replace(/,/g, ""));
}

/** "twenty-one", "one hundred and five", "two million", "a dozen" → number; null when not a number. */
export function parseNumberWords(raw: string): number | null {
  const words = raw
    .toLowerCase()
    .replace(/-/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "and");
  if (words.length === 0) return null;
  if (words.length <= 2 && words[words.length - 1] === "dozen") {
    const n = words.length === 1 || words[0] === "a" ? 1 : (UNITS[words[0]!] ?? null);
    return n === null ? null : n * 12;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    // "a thousand", "a million": the article stands for one, but only before a scale word.
    if (i === 0 && (w === "a" || w === "an") && words.length > 1) continue;
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w in SCALES && w.length > 2) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return null;
    seen = true;
  }
  return seen ? total + current : null;
}

const FRACTION_WORDS = new RegExp(
  `^(a|an|one|two|three|four|five|seven|nine)?[\\s-]*(${Object.keys(FRACTION_DENOMINATORS).join("|")})$`,
  "i",
);
/** "two-thirds", "a quarter", "half" → the fraction's value. */
export function parseFraction(raw: string): number | null {
  const m = FRACTION_WORDS.exec(raw.trim());
  if (!m) return null;
  const num = !m[1] || /^an?$/i.test(m[1]) ? 1 : UNITS[m[1].toLowerCase()]!;
  return num / FRACTION_DENOMINATORS[m[2]!.toLowerCase()]!;
}

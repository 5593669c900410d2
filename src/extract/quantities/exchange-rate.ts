// Exchange rates: "the rupee fell to 83.5 per dollar", "the yen traded at 155.6 to the dollar", "the
// ringgit weakened to 4.72 against the dollar". The bare number is a price of one currency in another:
// money in the currency the sentence names, per the one after it ("INR/USD"), as "$300 a month" is
// USD/month. Without a currency named before it, a number "per dollar" stays what it was.
import { CURRENCY_WORDS } from "../lexicon/currencies.js";
import { alternation } from "../lexicon/units.js";

// Words that are currencies only sometimes ("real wages", "won the vote", "stg", "cents") are left out
// of the names a rate is quoted in; after "the" or a possessive the rest are currencies.
const AMBIGUOUS = new Set(["real", "cent", "cents", "sen", "dlr", "dlrs", "stg", "rand"]);
const NAMES = Object.keys(CURRENCY_WORDS).filter((w) => /^[a-z]+$/.test(w) && !AMBIGUOUS.has(w));
const CODE: Record<string, string> = { ...CURRENCY_WORDS, greenback: "USD" };

const QUOTED_IN = new RegExp(
  String.raw`\s+(?:per|a|to\s+the|against\s+the|versus\s+the)\s+(?:U\.S\.\s+|US\s+)?(${alternation([...NAMES, "greenback"])})\b`,
  "iy",
);
const BASE = new RegExp(
  String.raw`(?:\b[Tt]he\s+|['’]s\s+|^|[.;]\s+)(${alternation(NAMES.filter((w) => !w.endsWith("s")))}|Sterling)\b`,
  "g",
);

/** The exchange rate a bare number ending at `end` states, as its unit and where it ends; else null.
 *  The words after the number are read first: most numbers are followed by none of them. */
export function exchangeRate(
  s: string,
  start: number,
  end: number,
): { unit: string; end: number } | null {
  QUOTED_IN.lastIndex = end;
  const quoted = QUOTED_IN.exec(s);
  if (!quoted) return null;
  const quote = CODE[quoted[1]!.toLowerCase()]!;
  let base: string | undefined;
  const before = s.slice(0, start);
  BASE.lastIndex = 0;
  for (let m = BASE.exec(before); m; m = BASE.exec(before)) base = CODE[m[1]!.toLowerCase()];
  if (!base || base === quote) return null;
  return { unit: `${base}/${quote}`, end: end + quoted[0].length };
}

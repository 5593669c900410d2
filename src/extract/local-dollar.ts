// Whose dollar a story's bare "$" is: a paper filing from its own dollar country writes its dollars bare,
// as its dateline or its lead shows.
import { CURRENCY_PREFIX } from "./lexicon/currencies.js";
import { datelineOf } from "./text.js";

// "SINGAPORE – …a record $1.6 million": a paper filing from its own dollar country writes its dollars bare
// (and America's as "US$"); a wire story tags its dateline ("SINGAPORE (Reuters) -") and writes "S$".
const DOLLAR_DATELINES: [RegExp, string][] = [
  [/^SINGAPORE\b/, "SGD"],
  [/^(?:SYDNEY|MELBOURNE|CANBERRA|BRISBANE|PERTH|ADELAIDE)\b/, "AUD"],
  [/^(?:AUCKLAND|WELLINGTON|CHRISTCHURCH)\b/, "NZD"],
  [/^(?:TORONTO|OTTAWA|VANCOUVER|MONTREAL|CALGARY)\b/, "CAD"],
  [/^HONG KONG\b/, "HKD"],
  [/^TAIPEI\b/, "TWD"],
];
export const BARE_DOLLAR = /(?<![A-Za-z.])\$/;
// How a story writes each of those dollars when it names it ("S$", "A$"): a story that does uses "$" for
// America's.
const OWN_PREFIX = new Map(
  DOLLAR_DATELINES.map(([, iso]) => {
    const prefixes = Object.keys(CURRENCY_PREFIX).filter(
      (p) => CURRENCY_PREFIX[p] === iso && p.includes("$"),
    );
    return [
      iso,
      new RegExp(`(?<![A-Za-z])(?:${prefixes.map((p) => p.replace("$", "\\$")).join("|")})`),
    ];
  }),
);

/** The dollar a story's own dateline says its bare "$" means: null for another dateline or a wire's,
 *  undefined when the story has none. */
function datelineDollar(text: string): string | null | undefined {
  // The dateline opens the story's first or second paragraph (after a headline).
  for (const piece of text.trimStart().split(/\n\s*\n/, 3)) {
    const n = datelineOf(piece);
    if (!n) continue;
    const iso = DOLLAR_DATELINES.find(([city]) => city.test(piece))?.[1];
    if (!iso || piece.slice(0, n).includes("(")) return null;
    return OWN_PREFIX.get(iso)!.test(text) ? null : iso;
  }
  return undefined;
}

// "Auckland Council says repairs … will cost at least $48 million": a local paper files no dateline, but its
// headline and lead name its own country, it names nothing of America's anywhere, and it never writes "NZ$"
// or "New Zealand dollars" (a wire or an American paper writing of that country does, and writes its own
// dollars bare). Not "Hamilton": a driver's name as often as a city's.
const LEAD_PLACES: [RegExp, string][] = [
  [/\b(?:New Zealand|Auckland|Wellington|Christchurch|Dunedin|Kiwis?)\b/, "NZD"],
  [/\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|NSW|Queensland)\b/, "AUD"],
  [/\bSingapore(?:ans?)?\b/, "SGD"],
  [/\b(?:Canad(?:a|ians?)|Toronto|Ottawa|Vancouver|Montreal|Ontario|Alberta)\b/, "CAD"],
];
const AMERICA =
  /\b(?:U\.?S\.?|United States|America(?:n|ns)?|Washington|Wall Street|New York|Trump|Biden|Fed|Federal Reserve|Nasdaq|Dow)\b/;
const COUNTRY_DOLLARS = /\b(?:Australian|New Zealand|Singapore|Canadian|Hong Kong)\s+dollars?\b/;

function leadDollar(text: string): string | null {
  const [headline = "", lead = ""] = text.trimStart().split(/\n\s*\n/, 3);
  const opening = `${headline}\n${lead}`;
  // "US$" is how such a paper writes America's dollars: no sign the story is American.
  if (AMERICA.test(text.replaceAll("US$", ""))) return null;
  const named = LEAD_PLACES.filter(([place]) => place.test(opening));
  if (named.length !== 1) return null;
  const [place, iso] = named[0]!;
  // Named once, a place is where a company is from; a local story keeps coming back to it.
  if (text.split(place).length - 1 < 3) return null;
  return OWN_PREFIX.get(iso)!.test(text) || COUNTRY_DOLLARS.test(text) ? null : iso;
}

/** The dollar a story's bare "$" means when it is not America's, or null. */
export function localDollar(text: string): string | null {
  if (!BARE_DOLLAR.test(text)) return null;
  const dated = datelineDollar(text);
  return dated === undefined ? leadDollar(text) : dated;
}

// Whose dollar a story's bare "$" is: a paper filing from its own dollar country writes its dollars bare,
// as its dateline or its lead shows.
import { CURRENCY_PREFIX } from "./lexicon/currencies.js";
import { datelineOf } from "./text.js";

// Each local dollar once: the datelines a paper filing from its country writes ("SINGAPORE – …a record $1.6
// million": its dollars bare, America's "US$"; a wire tags its dateline, "SINGAPORE (Reuters) -", and writes
// "S$"), and the places a local paper's headline and lead name when it files no dateline ("Hamilton" is a
// driver's name as often as a city's).
// `local`: what only a story about that country writes (its central bank's rate, its own banks and
// bodies), which counts as coming back to it as its places do.
const LOCAL_DOLLARS: { iso: string; dateline: RegExp; lead?: RegExp; local?: RegExp }[] = [
  { iso: "SGD", dateline: /^SINGAPORE\b/, lead: /\bSingapore(?:ans?)?\b/ },
  {
    iso: "AUD",
    dateline: /^(?:SYDNEY|MELBOURNE|CANBERRA|BRISBANE|PERTH|ADELAIDE)\b/,
    lead: /\b(?:Australian?s?|Sydney|Melbourne|Brisbane|Perth|Adelaide|Canberra|NSW|Queensland)\b/,
    local: /\b(?:RBA|ASX|Reserve Bank of Australia|CoreLogic|Commonwealth Bank|superannuation)\b/g,
  },
  {
    iso: "NZD",
    dateline: /^(?:AUCKLAND|WELLINGTON|CHRISTCHURCH)\b/,
    lead: /\b(?:New Zealand|Auckland|Wellington|Christchurch|Dunedin|Kiwis?)\b/,
    local: /\b(?:official cash rate|OCR|RBNZ|QV|Kiwibank|KiwiSaver|ASB|Trade Me|NZX)\b/g,
  },
  {
    iso: "CAD",
    dateline: /^(?:TORONTO|OTTAWA|VANCOUVER|MONTREAL|CALGARY)\b/,
    lead: /\b(?:Canad(?:a|ians?)|Toronto|Ottawa|Vancouver|Montreal|Ontario|Alberta)\b/,
  },
  { iso: "HKD", dateline: /^HONG KONG\b/ },
  { iso: "TWD", dateline: /^TAIPEI\b/ },
];
export const BARE_DOLLAR = /(?<![A-Za-z.])\$/;
// How a story writes each of those dollars when it names it ("S$", "A$"): a story that does uses "$" for
// America's.
const OWN_PREFIX = new Map(
  LOCAL_DOLLARS.map(({ iso }) => {
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
    const iso = LOCAL_DOLLARS.find(({ dateline }) => dateline.test(piece))?.iso;
    if (!iso || piece.slice(0, n).includes("(")) return null;
    return OWN_PREFIX.get(iso)!.test(text) ? null : iso;
  }
  return undefined;
}

// "Auckland Council says repairs … will cost at least $48 million": a local paper files no dateline, but its
// headline and lead name its own country, it names nothing of America's anywhere, and it never writes "NZ$"
// or "New Zealand dollars" (a wire or an American paper writing of that country does, and writes its own
// dollars bare).
const AMERICA =
  /\b(?:U\.?S\.?|United States|America(?:n|ns)?|Washington|Wall Street|New York|Trump|Biden|Fed|Federal Reserve|Nasdaq|Dow)\b/;
const COUNTRY_DOLLARS = /\b(?:Australian|New Zealand|Singapore|Canadian|Hong Kong)\s+dollars?\b/;

function leadDollar(text: string): string | null {
  const [headline = "", lead = ""] = text.trimStart().split(/\n\s*\n/, 3);
  const opening = `${headline}\n${lead}`;
  // "US$" is how such a paper writes America's dollars: no sign the story is American.
  if (AMERICA.test(text.replaceAll("US$", ""))) return null;
  const named = LOCAL_DOLLARS.filter(({ lead }) => lead?.test(opening));
  if (named.length !== 1) return null;
  const { lead: places, local, iso } = named[0]!;
  // Named once, a place is where a company is from; a local story keeps coming back to it, or to its
  // country's own bodies.
  const mentions = places
    ? text.split(places).length - 1 + (local ? (text.match(local)?.length ?? 0) : 0)
    : 0;
  if (mentions < 3) return null;
  return OWN_PREFIX.get(iso)!.test(text) || COUNTRY_DOLLARS.test(text) ? null : iso;
}

/** The dollar a story's bare "$" means when it is not America's, or null. */
export function localDollar(text: string): string | null {
  if (!BARE_DOLLAR.test(text)) return null;
  const dated = datelineDollar(text);
  return dated === undefined ? leadDollar(text) : dated;
}

// Currencies settled at the level of the whole story: words several countries share ("pesos",
// "dollars", "rupees") take the country the story names, and amounts with no currency of their own
// ("billions in revenue") take the currency the story is told in.

import { CURRENCY_PREFIX, CURRENCY_WORDS } from "./lexicon/currencies.js";
import { alternation } from "./lexicon/units.js";
import { BARE_DOLLAR, localDollar } from "./local-dollar.js";
import type { Quantity } from "./types.js";

const CURRENCY_SIGN = /[$€£¥₹]/;
const CURRENCY_NAMED = new RegExp(
  `\\b(?:${alternation(Object.keys(CURRENCY_WORDS))})\\b|\\b(?:${alternation(Object.keys(CURRENCY_PREFIX).filter((k) => /^[A-Z]{3}$/.test(k)))})\\b`,
  "i",
);

/** Whether a text names any currency: a story that never does is not about money amounts. */
export function namesCurrency(text: string): boolean {
  return CURRENCY_SIGN.test(text) || CURRENCY_NAMED.test(text);
}

// [currency word stem, country cue, ISO 4217]. The first cue found in the story's lead wins.
const SHARED_WORDS: [RegExp, RegExp, string][] = [
  [/peso/i, /\bPhilippines?\b|\bManila\b/, "PHP"],
  [/peso/i, /\bChilean?\b|\bSantiago\b/, "CLP"],
  [/peso/i, /\bArgentin(?:a|e|ian)\b|\bBuenos Aires\b/, "ARS"],
  [/peso/i, /\bColombian?\b|\bBogota\b/, "COP"],
  [/dollar|dlr/i, /\bTaiwan(?:ese)?\b|\bTaipei\b/, "TWD"],
  [/dollar|dlr/i, /\bHong Kong\b/, "HKD"],
  [/dollar|dlr/i, /\bSingapore\b/, "SGD"],
  [/dollar|dlr/i, /\bAustralian?\b|\bCanberra\b/, "AUD"],
  [
    /dollar|dlr/i,
    /\bCanad(?:a|ian)\b|\bOttawa\b|\bAlberta\b|\bOntario\b|\bQuebec\b|\bBritish Columbia\b/,
    "CAD",
  ],
  [/dollar|dlr/i, /\bNew Zealand\b|\bWellington\b/, "NZD"],
  [/rupee/i, /\bPakistan(?:i)?\b|\bKarachi\b|\bIslamabad\b/, "PKR"],
  [/rupee/i, /\bSri Lanka(?:n)?\b|\bColombo\b/, "LKR"],
  [/franc/i, /\bFrench\b|\bFrance\b|\bParis\b/, "FRF"],
  [/dinar/i, /\bJordan(?:ian)?\b|\bAmman\b/, "JOD"],
  [/dinar/i, /\bBahrain(?:i)?\b|\bManama\b/, "BHD"],
  [/dinar/i, /\bIraq(?:i)?\b|\bBaghdad\b/, "IQD"],
  [/dinar/i, /\bTunisian?\b|\bTunis\b/, "TND"],
  [/dinar/i, /\bAlgerian?\b|\bAlgiers\b/, "DZD"],
  [/dinar/i, /\bLibyan?\b|\bTripoli\b/, "LYD"],
  [/dinar/i, /\bYugoslav(?:ia)?\b/, "YUD"],
  [/dinar/i, /\bSerbian?\b|\bBelgrade\b/, "RSD"],
  [/shilling/i, /\bUgandan?\b|\bKampala\b/, "UGX"],
  [/shilling/i, /\bTanzanian?\b|\bDar es Salaam\b/, "TZS"],
  [/shilling/i, /\bSomalia\b|\bMogadishu\b/, "SOS"],
  [/shilling/i, /\bAustrian?\b|\bVienna\b/, "ATS"],
  [/\brials?\b/i, /\bOman(?:i)?\b|\bMuscat\b/, "OMR"],
  [/\brials?\b/i, /\bYemen(?:i)?\b|\bSanaa\b/, "YER"],
  [/riyal/i, /\bQatar(?:i)?\b|\bDoha\b/, "QAR"],
  [/dirham/i, /\bMorocc(?:o|an)\b|\bRabat\b/, "MAD"],
  [/crown/i, /\bDanish\b|\bDenmark\b|\bCopenhagen\b/, "DKK"],
  [/crown/i, /\bNorw(?:ay|egian)\b|\bOslo\b/, "NOK"],
  [/crown/i, /\bCzech\b|\bPrague\b/, "CZK"],
];
// "74.98 billion Danish crowns …, 20.35 billion crowns": a currency written out once in the story says
// whose its bare mentions are, wherever it stands.
const CROWNS_NAMED: [RegExp, string][] = [
  [/\bDanish\s+crowns?\b/, "DKK"],
  [/\bNorwegian\s+crowns?\b/, "NOK"],
  [/\bCzech\s+crowns?\b/, "CZK"],
  [/\bSwedish\s+crowns?\b/, "SEK"],
];

// Sign-prefixed and qualified amounts ("$5", "US dollars", "H.K. dlrs", "Mexican pesos") already say which.
const QUALIFIED =
  /[$€£¥₹]|\bU\.?S\b|\bH\.?K\b|\bN\.?Z\b|\b(?:Australian|Canadian|New Zealand|Hong Kong|Singapore|Taiwan|Mexican|Kuwaiti|Jordanian|Bahraini|Iraqi|Tunisian|Algerian|Libyan|Serbian|Kenyan|Ugandan|Tanzanian|Iranian|Omani|Yemeni|Saudi|Qatari|Moroccan|UAE|Philippine|Chilean|Argentine|Colombian|Pakistani|Sri Lankan|Nepalese)\b/i;

/**
 * A bare word currency ("pesos") is the one whose country the story is about: named in its lead, since
 * a China story's "exports to Hong Kong" further down does not make its dollars Hong Kong's.
 */
function countryCurrency(lead: string, q: Quantity, text: string): string | null {
  if (QUALIFIED.test(q.text)) return null;
  if (/\bcrowns?\b/i.test(q.text) && !CROWNS_NAMED.some(([named]) => named.test(q.text)))
    for (const [named, iso] of CROWNS_NAMED) if (named.test(text)) return iso;
  for (const [word, cue, iso] of SHARED_WORDS) if (word.test(q.text) && cue.test(lead)) return iso;
  return null;
}

/** The story's first paragraph, or its first 400 characters when it has no paragraph breaks. */
function leadOf(text: string): string {
  const lead = text.trimStart();
  const end = lead.search(/\n\s*\n/);
  return lead.slice(0, end > 0 ? end : 400);
}

// "2,000-pound bombs", "a 20-pound turkey": in a story told in dollars that never speaks of Britain or its
// money, a pound is a weight; "weighed 40 pounds" makes it one in any story.
const BARE_POUNDS = /\bpounds?$/i;
const WEIGHED = /\bweigh(?:s|ed|ing)?\b[^.;]{0,24}$/i;
const DOLLARS = /\$|\bdollars?\b/;
const STERLING_OR_OTHER_POUNDS =
  /£|\bsterling\b|\bstg\b|\bBritain\b|\bBritish\b|\bUK\b|\bU\.K\.|\bEngland\b|\bLondon\b|\b(?:Egyptian|Lebanese|Syrian|Sudanese|Irish|Cyprus|Cypriot|Falkland|Gibraltar)\s+pounds?\b/;

function settlePounds(text: string, quantities: Quantity[]): void {
  let weights: boolean | undefined;
  quantities.forEach((q, i) => {
    if (q.type !== "money" || q.unit !== "GBP" || !BARE_POUNDS.test(q.text)) return;
    weights ??= DOLLARS.test(text) && !STERLING_OR_OTHER_POUNDS.test(text);
    if (!weights && !WEIGHED.test(text.slice(Math.max(0, q.span.start - 40), q.span.start))) return;
    const low = quantities[i - 1];
    // "150 to 175 pounds": the range's low end took its unit from the high end.
    const pair = (q.role === "high" || q.role === "to") && low && /^[\d.,]+$/.test(low.text);
    for (const x of pair ? [low, q] : [q]) {
      x.type = "measure";
      x.unit = "lb";
    }
  });
}

// "Petrol will rise by 40 cents a litre" in a story told in rand: cents are the story's own currency's,
// unless it speaks of dollars too.
const BARE_CENTS = /\b(?:cents?|cts)\b/i;
function settleCents(quantities: Quantity[]): void {
  const cents = quantities.filter(
    (q) =>
      q.type === "money" &&
      q.unit?.startsWith("USD") &&
      BARE_CENTS.test(q.text) &&
      !QUALIFIED.test(q.text),
  );
  if (!cents.length) return;
  const others = new Set(
    quantities
      .filter((q) => q.type === "money" && q.unit && !cents.includes(q))
      .map((q) => q.unit!.split("/")[0]!),
  );
  const [only] = others;
  if (others.size !== 1 || only === "USD") return;
  for (const q of cents) q.unit = only + q.unit!.slice(3);
}

export function settleCurrencies(text: string, quantities: Quantity[]): void {
  settlePounds(text, quantities);
  const local = localDollar(text);
  if (local)
    for (const q of quantities)
      if (q.type === "money" && q.unit?.startsWith("USD") && BARE_DOLLAR.test(q.text))
        q.unit = local + q.unit.slice(3);
  const counts = new Map<string, number>();
  // "pesos" in a Philippine story are PHP; so is every bare amount that took "pesos"' first reading.
  const remapped = new Map<string, string>();
  const lead = leadOf(text);
  for (const q of quantities) {
    if (q.type !== "money" || !q.unit) continue;
    const local = countryCurrency(lead, q, text);
    if (local) {
      // "8 billion crowns a year": the period stays.
      const per = q.unit.indexOf("/");
      const unit = per < 0 ? local : local + q.unit.slice(per);
      remapped.set(q.unit, unit);
      q.unit = unit;
    }
  }
  for (const q of quantities) {
    if (q.type !== "money") continue;
    const to = q.unit ? remapped.get(q.unit) : undefined;
    if (to && !QUALIFIED.test(q.text)) q.unit = to;
    if (q.unit) counts.set(q.unit, (counts.get(q.unit) ?? 0) + 1);
  }
  settleCents(quantities);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!main) return;
  for (const q of quantities) if (q.type === "money" && !q.unit) q.unit = main;
}

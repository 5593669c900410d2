// Stage 3: quantities in one sentence, normalised (value, type, unit), with bounds and approximations:
// ranks and ratios (special.ts), then every number read as an amount (read-amount.ts), then vague amounts
// ("thousands of"); ranges and changes are linked last (links.ts).
import { Cover } from "../cover.js";
import { CURRENCY_PREFIX, CURRENCY_WORDS } from "../lexicon/currencies.js";
import { alternation } from "../lexicon/units.js";
import { MONEY_FLOWS, MONEY_NOUNS } from "../lexicon/words.js";
import type { Quantity } from "../types.js";
import { opens, wordGate } from "../word-gates.js";
import { maskedSpans, modifiers } from "./context.js";
import { type Found, found as make, toQuantity } from "./found.js";
import { linkQuantities } from "./links.js";
import { NUMBER, readAmount } from "./read-amount.js";
import type { StoryFacts } from "./reading.js";
import { SentenceFacts } from "./reading.js";
import { specialQuantities } from "./special.js";

export type { Found } from "./found.js";

// "hundreds", "tens of millions", "hundreds of billions": a count of a scale, at its least.
const VAGUE_SCALES: Record<string, number> = {
  hundreds: 100,
  thousands: 1000,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
};
const VAGUE_VALUE: Record<string, number> = { dozens: 24, ...VAGUE_SCALES };
for (const [few, n] of [
  ["tens", 10],
  ["hundreds", 100],
] as const)
  for (const [scale, v] of Object.entries(VAGUE_SCALES))
    if (v > n) VAGUE_VALUE[`${few} of ${scale}`] = n * v;
const VAGUE = new RegExp(
  `\\b(${Object.keys(VAGUE_VALUE)
    .sort((a, b) => b.length - a.length)
    .join("|")})\\b`,
  "gi",
);
const VAGUE_WORDS = wordGate(["tens", "dozens", ...Object.keys(VAGUE_SCALES)].join("|"));
const OF_CURRENCY = new RegExp(
  String.raw`^\s+of\s+(${alternation(Object.keys(CURRENCY_WORDS))})\b`,
  "i",
);
const MONEY_CONTEXT = new RegExp(
  String.raw`^\s+(?:of\s+)?(?:${MONEY_NOUNS.join("|")}|in\s+(?:${MONEY_FLOWS.join("|")}))\b`,
  "i",
);

/**
 * Quantities of one sentence; `offset` makes spans absolute. `story` says whether the story around it
 * names a currency anywhere (by default, whether the sentence does): only then can a bare "6.59 mln"
 * after "exports" be money rather than vehicles or tonnes; whether it counts goods sold; whether it is
 * set in South Africa ("R45" is rand).
 */
export function findQuantities(s: string, offset = 0, story?: StoryFacts): Quantity[] {
  // Ranks and ratios first: the "1" of "No. 1" and the "five" of "one in five" are not counts.
  const found: Found[] = specialQuantities(s).map((q) =>
    q.type === "rank" ? q : withModifiers(s, q),
  );
  const taken = new Cover(s.length);
  for (const f of found) taken.take(f.span.start, f.span.end);
  readNumbers(s, found, taken, story);
  readVagueAmounts(s, found, taken);
  found.sort((a, b) => a.span.start - b.span.start);
  return linkQuantities(s, found, story).map((q) => toQuantity(q, offset));
}

/** Every number written as an amount, outside URLs and phone numbers and what was found already. */
function readNumbers(s: string, found: Found[], taken: Cover, story?: StoryFacts): void {
  const masked = new Cover(s.length);
  for (const [a, b] of maskedSpans(s)) masked.take(a, b);
  const facts = new SentenceFacts(s, story);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(s); m; m = NUMBER.exec(s)) {
    const q = readAmount(s, m, facts);
    if (
      !q ||
      masked.overlaps(q.span.start, q.span.end) ||
      taken.overlaps(m.index, m.index + m[0].length)
    )
      continue;
    found.push(q);
    taken.take(q.span.start, q.span.end);
  }
}

/** "thousands of", "millions of dollars": a lower bound, approximate, money when money follows. */
function readVagueAmounts(s: string, found: Found[], taken: Cover): void {
  if (!opens(VAGUE_WORDS, s)) return;
  let currency: string | null | undefined;
  VAGUE.lastIndex = 0;
  for (let m = VAGUE.exec(s); m; m = VAGUE.exec(s)) {
    const start = m.index;
    const end = start + m[0].length;
    if (taken.overlaps(start, end)) continue;
    const after = s.slice(end, end + 40);
    const money = MONEY_CONTEXT.test(after) || /\$\s?$/.test(s.slice(0, start));
    const value = VAGUE_VALUE[m[0].toLowerCase()]!;
    // "millions of euros" names its currency; "millions in fines" takes the sentence's.
    const named = OF_CURRENCY.exec(after)?.[1];
    const unit = named
      ? CURRENCY_WORDS[named.toLowerCase()]!
      : money
        ? (currency ??= contextCurrency(s))
        : null;
    const extra = { approximate: true, bound: "gte" as const, numeral: value, scaled: true };
    found.push(make(s, start, end, money ? "money" : "count", value, unit, extra));
    taken.take(start, end);
  }
}

/** "nearly half", "more than a third", "roughly one in five": the words around a figure that bound it. */
function withModifiers(s: string, q: Found): Found {
  const mod = modifiers(s, q.span.start, q.span.end);
  if (!mod.bound && !mod.approximate) return q;
  const span = { start: q.span.start - mod.before, end: q.span.end + mod.after };
  return {
    ...q,
    span,
    text: s.slice(span.start, span.end),
    bound: mod.bound,
    approximate: mod.approximate,
  };
}

/** A money amount without a currency of its own takes the sentence's currency, else none. */
function contextCurrency(s: string): string | null {
  const m = PREFIX_ANY.exec(s);
  return m ? CURRENCY_PREFIX[m[1]!]! : null;
}
const PREFIX_ANY = new RegExp(
  `(${alternation(Object.keys(CURRENCY_PREFIX).filter((k) => /\W/.test(k)))})\\s?\\d`,
);

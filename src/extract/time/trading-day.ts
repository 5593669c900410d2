// What a day's trading dates: a market's close, a share move, a price target — the trading day the story
// names, else the story's own day, never a month or a quarter named before.
import { CURRENCY_WORDS, MINOR_UNITS } from "../lexicon/currencies.js";
import type { ClaimTime } from "../types.js";
import { addDays, type Day, iso } from "./calendar.js";

// "Futures closed down RM45 at RM3,820", "The ringgit was little changed at 4.21". Not "the mill closed down,
// leaving 300 jobless".
const MARKET_CLOSE =
  /\b(?:(?:was|were) little changed|(?:closed|settled|finished|ended) (?:(?:up|down|higher|lower|flat|unchanged) )?(?:at |by )?[$€£¥]?[A-Z]{0,2}\$?\d)/i;
// "Qantas shares jumped as much as 6.2%", "Analysts lifted their price target": after a paragraph on a
// company's results, the day's trading, not the half reported.
const MOVES =
  "jumped|rose|fell|dropped|slid|slumped|surged|soared|climbed|gained|tumbled|sank|plunged|rallied|edged|traded|closed|ended|finished|were\\s+(?:up|down)";
const SHARE_MOVE = new RegExp(
  String.raw`\b(?:[Ss]hares|[Ss]tock)\s+(?:(?:in|of)\s+[^,.;]{1,30}?\s+)?(?:${MOVES})\b|\bprice\s+target\b`,
);

// "The Australian dollar edged up 0.3 per cent after the announcement", "Markets had priced in a one-in-four
// chance of a hike": a currency's or a market's move is the day's too, not the quarter of the data before.
const CURRENCY_NAMES = Object.keys(CURRENCY_WORDS).filter(
  (w) =>
    /^[a-z]{3,}$/.test(w) &&
    !MINOR_UNITS.has(w) &&
    !(w.endsWith("s") && CURRENCY_WORDS[w.slice(0, -1)] !== undefined),
);
const MARKET_MOVE = new RegExp(
  String.raw`\b[Tt]he\s+(?:[A-Z][a-z]+\s+)?(?:${CURRENCY_NAMES.join("|")})\s+(?:${MOVES})\b|\b(?:[Mm]arkets|[Tt]raders|[Ii]nvestors)\s+(?:had\s+|have\s+)?(?:priced|bet|wagered)\b`,
);

/** A market's close told with no day of its own. */
export const marketClose = (text: string): boolean => MARKET_CLOSE.test(text);

/** A close, a share move or a price target: what a period carried from the paragraph before does not date. */
export const tradingDay = (text: string): boolean =>
  MARKET_CLOSE.test(text) || SHARE_MOVE.test(text) || MARKET_MOVE.test(text);

// "Shares closed 0.6% lower", after "deposits … at the end of December": a day carried from the paragraph
// before dates a day's trading only when it is a trading day of the story's week, not a balance-sheet date.
const TRADING_WEEK = 7;
/** Whether the day carried from the paragraph before is one a day's trading told next took place on. */
export const tradingDayBefore = (carried: ClaimTime, ref: Day | null): boolean =>
  carried.granularity === "day" && (!ref || carried.start >= iso(addDays(ref, -TRADING_WEEK)));

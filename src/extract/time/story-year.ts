// The year a story's company or government counts in: once the story says when its financial year ends
// (or tells of British public money), its numbered quarters are that year's.
import { CURRENCY_PREFIX } from "../lexicon/currencies.js";
import { MONTH_SPELLINGS } from "../lexicon/words.js";
import { opens, wordGate } from "../word-gates.js";
import { addMonths, compare, type Day, monthNumber, monthPeriod } from "./calendar.js";
import type { TimeMention } from "./types.js";

export const FISCAL_YEAR = "(?:financial|fiscal)\\s+year,?\\s+(?:(?:which|that)\\s+)?";
// "Its financial year ends in March", "this fiscal year, which ends in March", "ends in late August",
// "fiscal 2025, which ends on Sept. 28"; or when it begins: "its financial year, which began on July 1"
// ends in June.
const FISCAL_YEAR_ENDS = new RegExp(
  `\\b(?:${FISCAL_YEAR}|(?:financial|fiscal)\\s+(?:19|20)\\d{2},\\s+(?:which|that)\\s+)(?:ends|ended|closes|runs|(began|begins|started|starts))\\s+(?:on\\s+|in\\s+|to\\s+)?(?:(?:early|mid-?|late)\\s*)?(?:\\d{1,2}\\s+)?(${MONTH_SPELLINGS})\\b`,
);
/** The month a financial year ends in, from FISCAL_YEAR_ENDS' match. */
const endMonth = (m: RegExpExecArray): number =>
  m[1] ? ((monthNumber(m[2]!) + 10) % 12) + 1 : monthNumber(m[2]!);

// Britain's public finances and most British bodies run April to March: "borrowing of £127.5bn this
// financial year", with no company's calendar told, is that year, not the calendar's.
const BRITISH_YEAR_END = 3;

// "its fiscal fourth quarter … in the quarter ended June 30": a company's numbered quarter, and later the month
// a quarter ended, tell when its year ends.
const FISCAL_QUARTER = /\bfiscal\s+(first|second|third|fourth)[-\s]quarter\b/i;
const QUARTER_ENDED = new RegExp(
  `\\bquarter,?\\s+(?:(?:which|that)\\s+)?(?:ended|ending)\\s+(?:on\\s+)?(${MONTH_SPELLINGS})\\b`,
);
const FISCAL_WORDS = wordGate("fiscal|financial");
const QUARTER_NUMBER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/** When the story says its company's financial year ends, wherever it says so: "Micron forecast
 *  first-quarter revenue … Micron's fiscal year ends in late August" names the quarter of that year. */
export function fiscalEndStated(text: string): number | undefined {
  // A string search, not a gate: a whole story's words are not worth hashing for one pattern.
  const m =
    text.includes("fiscal") || text.includes("financial") ? FISCAL_YEAR_ENDS.exec(text) : null;
  if (m) return endMonth(m);
  // "Ralston reported a 47% decline in fourth-quarter earnings. … For the year ended Sept. 30, Ralston
  // earned …": the quarter told first is of the year told after.
  const results = resultsAround(text);
  if (results !== null && results !== 12) return results;
  if (INDIAN_MONEY.test(text) || (text.includes("rupee") && INDIA.test(text)))
    return INDIAN_YEAR_END;
  if (
    (AUSTRALIAN_MONEY.test(text) || AUSTRALIA.test(text.slice(0, OPENING))) &&
    AUSTRALIAN_YEAR_TOLD.test(text)
  )
    return AUSTRALIAN_YEAR_END;
  return text.includes("quarter") ? quarterEndTold(text) : undefined;
}

// "Revenue for the third quarter ended Oct. 26 rose 62%": a numbered quarter ending in a month the
// calendar's does not tells the company's year (its fourth quarter ends in January), so "fourth-quarter
// revenue" earlier in the story is November to January. Only when every such quarter agrees; a quarter
// ending in a month's first week is the month before's ("the fourth quarter ended Jan. 3").
// A quarter by its number, captured first in every pattern that names one.
const NUMBERED_QUARTER = "(?<q>first|second|third|fourth)[-\\s]quarter";
const NUMBERED_QUARTER_ENDED = new RegExp(
  `\\b${NUMBERED_QUARTER},?\\s+(?:(?:which|that)\\s+)?(?:ended|ending)\\s+(?:on\\s+)?(${MONTH_SPELLINGS})\\.?(?:\\s+(\\d{1,2})\\b)?`,
  "gi",
);
/** The month a financial year ends in, when its quarter `q` ends in `month`. */
const yearEndOf = (q: number, month: number) => ((month + 3 * (4 - q) - 1) % 12) + 1;

// "the July-September quarter, the second quarter of its financial year", "the fourth quarter, the three
// months to 31 March", "the three months to September, its fiscal second quarter": a numbered quarter and
// its months set side by side tell the year as well. Each pattern captures the quarter's number and the
// month it ends in (`to` or `through`), in either order.
const QUARTER_MONTHS = `(?:(?:three\\s+months|quarter|period)\\s+(?:to|ended|ending|through)\\s+(?:\\d{1,2}\\s+)?(?<to>${MONTH_SPELLINGS})|(?:${MONTH_SPELLINGS})[-–](?<through>${MONTH_SPELLINGS})\\s+(?:quarter|period))\\b`;
const QUARTER_APPOSED = [
  new RegExp(
    `\\b${NUMBERED_QUARTER}(?:\\s+of\\s+(?:its|the)\\s+(?:financial|fiscal)\\s+year)?,\\s+(?:the\\s+)?${QUARTER_MONTHS}`,
    "gi",
  ),
  new RegExp(
    `\\b${QUARTER_MONTHS}(?:\\.?\\s+\\d{1,2})?,\\s+(?:the|its)\\s+(?:(?:fiscal|financial)\\s+)?${NUMBERED_QUARTER}`,
    "gi",
  ),
];

// "a 46% fall in profits for the three months to the end of June. … profit after tax fell to €360m in its
// first quarter": the company's own quarter, told beside the months it ran (a sentence apart at most), is
// those months. "its" makes it the company's: "the economy grew 0.6% in the three months to June, after
// 0.7% in the first quarter" sets two calendar quarters side by side.
const ITS_QUARTER = new RegExp(`\\bits\\s+(?:fiscal\\s+)?${NUMBERED_QUARTER}`, "gi");
const THREE_MONTHS_TO = new RegExp(
  `\\bthree\\s+months\\s+(?:to|ended|ending)\\s+(?:the\\s+end\\s+of\\s+)?(?:\\d{1,2}\\s+)?(${MONTH_SPELLINGS})\\b`,
);
const NEAR = 300;
function quarterBesideMonths(text: string, agrees: (q: string, month: number) => boolean): boolean {
  if (!text.includes("three months")) return true;
  ITS_QUARTER.lastIndex = 0;
  for (let m = ITS_QUARTER.exec(text); m; m = ITS_QUARTER.exec(text)) {
    // Looked for around the quarter only: a story of many quarters stays linear.
    const months = THREE_MONTHS_TO.exec(text.slice(Math.max(0, m.index - NEAR), m.index + NEAR));
    if (months && !agrees(m.groups!.q!, monthNumber(months[1]!))) return false;
  }
  return true;
}

function quarterEndTold(text: string): number | undefined {
  let end: number | undefined;
  const agrees = (q: string, month: number) => {
    const yearEnd = yearEndOf(QUARTER_NUMBER[q.toLowerCase()]!, month);
    if (end !== undefined && end !== yearEnd) return false;
    end = yearEnd;
    return true;
  };
  NUMBERED_QUARTER_ENDED.lastIndex = 0;
  for (let m = NUMBERED_QUARTER_ENDED.exec(text); m; m = NUMBERED_QUARTER_ENDED.exec(text)) {
    const month = monthNumber(m[2]!);
    if (!agrees(m[1]!, m[3] && Number(m[3]) <= 7 ? ((month + 10) % 12) + 1 : month))
      return undefined;
  }
  for (const re of QUARTER_APPOSED) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const { q, to, through } = m.groups!;
      if (!agrees(q!, monthNumber((to ?? through)!))) return undefined;
    }
  }
  if (!quarterBesideMonths(text, agrees)) return undefined;
  return end === 12 ? undefined : end;
}

// India's companies and government all count April to March ("FY26", "the September quarter"): a story
// told in rupees, crore or lakh is told in that year.
const INDIAN_YEAR_END = 3;
const INDIAN_MONEY = new RegExp(
  `(?:${Object.keys(CURRENCY_PREFIX)
    .filter((p) => CURRENCY_PREFIX[p] === "INR")
    .map((p) => p.replace(".", "\\."))
    .join("|")})\\s?\\d|\\b(?:crore|lakh)\\b`,
);

// "68.06 billion rupees" in a story that names India ("rupees" alone may be Pakistan's, whose year ends in
// June, or Sri Lanka's, the calendar's).
const INDIA = /\bIndia(?:n|'s)?\b/;

// Australia's government and most of its companies count July to June: a story told in Australian dollars
// that names a financial year ("H1 FY25", "the 2026 financial year", "2025-26") names that one.
const AUSTRALIAN_YEAR_END = 6;
const AUSTRALIAN_MONEY = /\b(?:A|AU)\$\s?\d|\bAUD\b/;
// So does a story about Australia from its opening ("Australia's population grew by 2.5% … in the 2024-25
// financial year"), told in no currency.
const AUSTRALIA = /\bAustralia(?:n|['’]s)?\b(?!-)/;
const OPENING = 400;
const AUSTRALIAN_YEAR_TOLD = /\bFY\s?'?\d{2}\b|\bfinancial\s+year\b|\b20\d{2}[-–/]\d{2}\b/;

// "Qantas reported an underlying profit of A$2.39 billion for the year to June 30", "Toyota now expects
// operating profit of 4.3 trillion yen for the year ending March 2026" (or "in" it): a company reporting or forecasting
// its results for a year names when its year ends (not "rents rose 6.1% in the year to September", a span).
const RESULTS_YEAR = new RegExp(
  `\\b(?:reported|posted|announced|made|booked|expects|expected|forecasts|sees|projects)\\b(?:[^.;]|\\.\\d){0,80}?\\b(?:profit|loss|earnings|results)\\b(?:[^.;]|\\.\\d){0,60}?\\b(?:for|in)\\s+(?:the|its)\\s+(?:(?:full|financial|fiscal)\\s+)?year\\s+(?:to|ended|ending)\\s+(?:\\d{1,2}\\s+)?(${MONTH_SPELLINGS})\\b`,
);
// A story's words are many: the patterns are tried only around the words every such year holds, found by a
// string search (a pattern opening on a word boundary is tried at every position of the story).
const ENDED_AFTER = /(?:to|ended|ending)\s/y;
function resultsAround(text: string): number | null {
  for (let i = text.indexOf("year ", 1); i >= 0; i = text.indexOf("year ", i + 5)) {
    ENDED_AFTER.lastIndex = i + 5;
    if (!ENDED_AFTER.test(text)) continue;
    const month = resultsYear(text.slice(Math.max(0, i - 200), i + 160));
    if (month !== null) return month;
  }
  return null;
}
// "For the year ended Sept. 30, Ralston earned $422.5 million": the period first, then what was earned.
const YEAR_THEN_RESULTS = new RegExp(
  `\\b[Ff]or\\s+(?:the|its)\\s+(?:(?:full|financial|fiscal)\\s+)?year\\s+(?:to|ended|ending)\\s+(?:\\d{1,2}\\s+)?(${MONTH_SPELLINGS})\\b[^,;]{0,12},\\s+(?:[A-Z][\\w.&'’-]*\\s+){1,4}(?:earned|reported|posted|made|lost|booked|had)\\b`,
);
const resultsYear = (s: string): number | null => {
  const m =
    s.includes(" year ") && (s.includes("for ") || s.includes("For "))
      ? (RESULTS_YEAR.exec(s) ?? YEAR_THEN_RESULTS.exec(s))
      : null;
  return m ? monthNumber(m[1]!) : null;
};

/** "Calder's financial year ends on 31 March": the quarters the story names later are that year's. */
export function noteFiscalYear(
  s: string,
  story: { fiscalEnd?: number; fiscalQuarter?: number; fiscalEndInferred?: number },
): void {
  const m = opens(FISCAL_WORDS, s) ? FISCAL_YEAR_ENDS.exec(s) : null;
  const results = m || story.fiscalEnd !== undefined ? null : resultsYear(s);
  if (m) story.fiscalEnd = endMonth(m);
  else if (results && results !== 12) story.fiscalEnd = results;
  else if (story.fiscalEnd === undefined && s.includes("financial year") && s.includes("£"))
    story.fiscalEnd = BRITISH_YEAR_END;
  // Read so, the year is that company's only: a round-up of several reports names others' quarters too.
  if (story.fiscalEnd !== undefined || story.fiscalEndInferred !== undefined) return;
  if (!s.includes("quarter")) return;
  const named = opens(FISCAL_WORDS, s) ? FISCAL_QUARTER.exec(s) : null;
  if (named) story.fiscalQuarter = QUARTER_NUMBER[named[1]!.toLowerCase()];
  const ended = story.fiscalQuarter ? QUARTER_ENDED.exec(s) : null;
  if (ended) story.fiscalEndInferred = yearEndOf(story.fiscalQuarter!, monthNumber(ended[1]!));
}

// Only a quarter or a half named by its number is the company's: "the three months to June", "the six
// months to December 31" name their own months.
const NUMBERED_PART = /\b(?:first|second|third|fourth|final|[1-4](?:st|nd|rd|th)|Q[1-4]|H[12])\b/i;

/** The company's part `n` (1-based) of `months` months of a financial year ending in `fiscalEnd` (its
 *  quarters, its halves): the latest begun by `ref`; told `ahead`, the next one if that one is over
 *  ("capacity would grow 3% in the second half", in November, of a year ending in June: January to June). */
function fiscalPart(
  n: number,
  months: number,
  fiscalEnd: number,
  ref: Day,
  ahead: boolean,
): { start: Day; end: Day } {
  let fy = ref.y + 1;
  let part = partOfFiscalYear(n, months, fiscalEnd, fy);
  while (compare(part.start, ref) > 0) part = partOfFiscalYear(n, months, fiscalEnd, --fy);
  return ahead && compare(part.end, ref) < 0
    ? partOfFiscalYear(n, months, fiscalEnd, fy + 1)
    : part;
}

/** Part `n` (1-based) of `months` months of the financial year `fy` that ends in month `fiscalEnd` of `fy`
 *  ("the first quarter of fiscal 2026" of a year ending in June is July to September 2025; its second
 *  half, January to June 2026). */
export function partOfFiscalYear(
  n: number,
  months: number,
  fiscalEnd: number,
  fy: number,
): { start: Day; end: Day } {
  const start = addMonths({ y: fy - 1, m: (fiscalEnd % 12) + 1, d: 1 }, months * (n - 1));
  const last = addMonths(start, months - 1);
  return { start, end: monthPeriod(last.y, last.m).end };
}

// "fiscal 2026", "fiscal year 2026", "the 2026 financial year".
const FISCAL_NAMED =
  /\bfiscal\s+(?:year\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s+(?:fiscal|financial)\s+year\b/i;

// "Kenya's economy grew 4.6% in the second quarter", in a story that says the government's fiscal year ends
// in June: national accounts count the calendar's quarters, except India's, which counts its fiscal year's.
const ECONOMY = /\b(?:economy|GDP|gross domestic product)\b/;

/** A quarter or a half the story names, as its company counts it: "the third quarter" of a year ending in March is
 *  October to December; "the first quarter of fiscal 2026", once the story has told (or shown) its year
 *  ends in June, is July to September 2025. Null when the calendar's quarter stands. */
export function companyQuarter(
  stated: TimeMention,
  text: string,
  story: { fiscalEnd?: number; fiscalEndInferred?: number; indian?: boolean },
  ref: Day | null,
  ahead: boolean,
  told: { claim: string; story: string },
): { start: Day; end: Day } | null {
  if (stated.granularity !== "half" && stated.granularity !== "quarter") return null;
  // Read once a story, however many of its claims ask.
  if (
    ECONOMY.test(told.claim) &&
    !(story.indian ??= INDIAN_MONEY.test(told.story) || INDIA.test(told.story))
  )
    return null;
  // "In the second half, capacity rose 3%" of a year ending in June is January to June.
  if (stated.granularity === "half") {
    const h = stated.period.start.m < 7 ? 1 : 2;
    return stated.basis === "relative" &&
      story.fiscalEnd &&
      story.fiscalEnd !== 12 &&
      ref &&
      NUMBERED_PART.test(text)
      ? fiscalPart(h, 6, story.fiscalEnd, ref, ahead)
      : null;
  }
  if (stated.granularity !== "quarter") return null;
  const q = Math.floor((stated.period.start.m - 1) / 3) + 1;
  if (stated.basis === "relative" && story.fiscalEnd && ref && NUMBERED_PART.test(text))
    return fiscalPart(q, 3, story.fiscalEnd, ref, ahead);
  const fiscalEnd = story.fiscalEnd ?? story.fiscalEndInferred;
  if (stated.basis === "explicit" && fiscalEnd && fiscalEnd !== 12 && FISCAL_NAMED.test(text))
    return partOfFiscalYear(q, 3, fiscalEnd, stated.period.start.y);
  return null;
}

/** The month the sentence's "fiscal" year ends in: the one the story told, else one read from a company's
 *  quarters, for what the sentence calls fiscal only. */
export const fiscalEndFor = (
  s: string,
  story: { fiscalEnd?: number; fiscalEndInferred?: number },
): number | undefined =>
  story.fiscalEnd ?? (s.includes("fiscal") ? story.fiscalEndInferred : undefined);

// Canada's and Australia's governments are "federal" too: the US needs naming, or one of its own bodies.
const US_BODIES = /\b(?:Congress(?:ional)?|CBO|Pentagon|Medicare|Medicaid|Social Security)\b/;
const US_GOVERNMENT = /\b(?:federal|government|Treasury|budget|deficit)\b/i;
const US_NAMED = /\bU\.S\.|\bUS\b|\bUnited States\b|\bAmerican\b|\bWashington\b/;
// Asked for every fiscal year of a sentence: read once a sentence.
let lastSentence: string | null = null;
let lastFederal = false;
/** Whether a sentence is about the US federal government, whose year runs October to September. */
export function usFederal(s: string): boolean {
  if (s !== lastSentence) {
    lastSentence = s;
    lastFederal = US_BODIES.test(s) || (US_GOVERNMENT.test(s) && US_NAMED.test(s));
  }
  return lastFederal;
}

// Ranges and changes: "from 42% to 49%", "between 5 and 10 million", "rose 3% to $4.2 billion".
// Each end stays its own quantity; `role` links them, and a bare end borrows the other's unit and scale.
import { CHANGE_VERBS } from "../lexicon/words.js";
import type { Found } from "./found.js";
import type { StoryFacts } from "./reading.js";
import { countsSomethingElse, moneyBySentence } from "./sentence-money.js";

const CHANGE_VERB = new RegExp(String.raw`\b(?:${CHANGE_VERBS})\b`, "i");

const TOLD_AS_VERB = /(?:ed|ing)$/i;
// "cut power to about 85,000 customers", "restored water to 40,000 homes": whom a supply reaches, not
// where a figure went.
const SUPPLIED_TO =
  /\b(?:power|electricity|water|gas|heat|heating|supplies|aid|access|food|fuel|internet|phone|services?)\s+(?:(?:supply|supplies|service|lines?)\s+)?to\s+$/i;
const between = (s: string, a: Found, b: Found) => s.slice(a.span.end, b.span.start);
const before = (s: string, q: Found, n = 40) =>
  s.slice(Math.max(0, q.span.start - n), q.span.start);

const OPEN_BRACKET = /^\s*\(\s*$/;
const CLOSE_BRACKET = /^\s*\)/;
/** Whether `b` is `a` in another currency, in brackets right after it. */
const convertedIn = (s: string, a: Found, b: Found): boolean =>
  a.type === "money" &&
  b.type === "money" &&
  a.unit !== b.unit &&
  OPEN_BRACKET.test(between(s, a, b)) &&
  CLOSE_BRACKET.test(s.slice(b.span.end, b.span.end + 3));

/** Copies type, unit and scale from the end that states them to the end that leaves them implied. */
function share(from: Found, to: Found): void {
  if (to.type === "count" && to.unit === null && from.type !== "count" && from.type !== "rank") {
    to.type = from.type;
    to.unit = from.unit;
  }
  if (to.type === from.type && to.unit === null) to.unit = from.unit;
  // "£1,376 a month, up from £1,300 a year earlier": the other end is of the same rate.
  if (to.type === from.type && from.unit?.startsWith(`${to.unit}/`)) to.unit = from.unit;
  // "between 5 and 10 million": the low end is written without the scale it shares.
  if (!to.scaled && from.scaled && to.numeral < 1000 && from.value > from.numeral) {
    to.value = Number((to.numeral * (from.value / from.numeral)).toPrecision(12));
    to.scaled = true;
  }
}

const isPercentage = (q: Found) => q.type === "percent" || q.type === "percentage_points";
const bare = (q: Found) => q.type === "count" && q.unit === null;
// "24.4 pct to 2.14 billion" is a change and where it went, never a range of percentages.
const compatible = (a: Found, b: Found) =>
  a.type === b.type ||
  (bare(a) && !(isPercentage(b) && a.scaled)) ||
  (bare(b) && !(isPercentage(a) && b.scaled));
// "paid out £3.1m to 97 of the victims", "gave $2m to 40 charities": a bare number after "to" that counts
// things is who got the amount, not the high end of a range.
const COUNTED_AFTER =
  /^\s+(?:of\s+(?:the|its|their|those|these|them|our)\b|(?!(?:million|billion|trillion|thousand|percent|per|pct|points?|basis|or|and|to)\b)[a-z]{3,})/;
const countsRecipients = (s: string, gap: string, a: Found, b: Found) =>
  !bare(a) &&
  bare(b) &&
  !b.scaled &&
  /^\s*to\s*$/i.test(gap) &&
  COUNTED_AFTER.test(s.slice(b.span.end, b.span.end + 24));

/** "3 to 4 percent", "five or six miles": a bare low end of like size before an end with its unit. */
const openRange = (a: Found, b: Found) =>
  bare(a) && !a.scaled && !bare(b) && a.numeral < b.numeral && b.numeral <= 10 * a.numeral;

// "expected total revenue to grow 10% to 12%", "prices could rise by a further 3% to 4%": growth forecast
// for an amount spans a range of percentages;
// a rate's ("expects inflation to rise 0.3% to 2.6%") goes to its level.
const FORECAST_GROWTH =
  /\b(?:expects?|expected|forecasts?|forecast|predicts?|predicted|sees|projects?|projected|guid(?:es|ed|ance)|could|may|might|would|will)\b[^.;]{0,60}\b(?:grow|rise|increase|climb|gain|fall|decline|drop)\s+(?:by\s+)?(?:a\s+further\s+|another\s+)?$/i;
const RATE_WORD =
  /\b(?:rates?|inflation|unemployment|yields?|share|margins?|stake|turnout|approval|ratio|CPI|GDP)\b/i;
// The verb may stand some way back: "it expected its fresh fruit bunch output to grow by 2% to 3%".
const FORECAST_REACH = 100;
const forecastRange = (s: string, a: Found, b: Found) => {
  if (a.type !== "percent" || b.type !== "percent" || a.value >= b.value || b.value - a.value > 10)
    return false;
  const forecast = FORECAST_GROWTH.exec(before(s, a, FORECAST_REACH));
  return forecast !== null && !RATE_WORD.test(forecast[0]) && !RATE_WORD.test(before(s, a));
};

const WEIGHED_TO = /^\s*to\s+(?:just|only|about|around|roughly|nearly|almost|some)\s*$/i;

export function linkQuantities(s: string, qs: Found[], story?: StoryFacts): Found[] {
  for (let i = 0; i + 1 < qs.length; i++) {
    const a = qs[i]!;
    const b = qs[i + 1]!;
    // "cut from 14,696 to just 1,204": a word weighing the second figure leaves it where the first went.
    const gap = between(s, a, b).replace(WEIGHED_TO, " to ");
    const lead = before(s, a);
    // "unemployment rose by 0.3 points to 4.4%": points of a rate are percentage points.
    if (
      a.unit === "point" &&
      b.type === "percent" &&
      /^\s*to\s*$/i.test(gap) &&
      CHANGE_VERB.test(lead)
    ) {
      a.type = "percentage_points";
      a.unit = "pp";
      b.role = "to";
      i++;
      continue;
    }
    // "tripled to 1.2 million", "halved to 2%": a multiple told as a verb is the change, and what follows
    // "to" is where it went, in its own unit, never the high end of a range of ratios.
    if (
      a.type === "ratio" &&
      b.type !== "ratio" &&
      /^\s*to\s*$/i.test(gap) &&
      TOLD_AS_VERB.test(s.slice(a.span.start, a.span.end))
    ) {
      b.role = "to";
      i++;
      continue;
    }
    if (/^\s*(?:to|-|–|—)\s*$/i.test(gap) && compatible(a, b) && !countsRecipients(s, gap, a, b)) {
      const changeBefore = CHANGE_VERB.test(lead);
      // "bids ranged from 5.92 to 5.99 pct", "children aged from 5 to 11" span a range; "rose from 42%
      // to 49%" is a change.
      // "a previous range of €400 million to €450 million", "down from an earlier estimate of 4.8% to 5.6%"
      // span one too, as does a range told as the one before: "to grow 3.75% to 4.5%, up from 3% to 4%
      // earlier".
      if (
        /\b(?:range[sd]?|ranging|var(?:y|ies|ied|ying)|aged)\s+from\s+$|\b(?:range|band|estimates?|forecasts?|projections?|guidance|targets?|outlook)\s+of\s+$/i.test(
          lead,
        ) ||
        (/\bup\s+from\s+$|\bdown\s+from\s+$/i.test(lead) &&
          /^\s+(?:earlier|previously|before)\b/i.test(s.slice(b.span.end, b.span.end + 12)))
      )
        [a.role, b.role] = ["low", "high"];
      else if (/\bfrom\s+$/i.test(lead)) [a.role, b.role] = ["from", "to"];
      // "rose 3 to 4 percent": a bare number and an amount with its unit are the two ends of one range
      // (of like size: "rose 12 to 1,500 points" is a change and where it went).
      else if (openRange(a, b) || forecastRange(s, a, b)) {
        [a.role, b.role] = ["low", "high"];
      } else if (
        changeBefore &&
        /^\s*to\s*$/i.test(gap) &&
        a.type === b.type &&
        !/\bby\s+$/i.test(lead)
      ) {
        b.role = "to";
      } else if (
        !changeBefore &&
        /\bby\s+$/i.test(lead) &&
        /^\s*to\s*$/i.test(gap) &&
        Math.abs(b.value) > 3 * Math.abs(a.value)
      ) {
        // "raising the starting price of its Pro model by $100 to $1,099": by how much, then to what,
        // whatever verb of change lies further back ("boost its value by 5% to 10%" is a range).
        b.role = "to";
      } else if (!changeBefore) [a.role, b.role] = ["low", "high"];
      else {
        b.role = "to";
        // "fell by 500,000 barrels a day to 8.1 million": the level is in the change's unit (a
        // percentage change says nothing of the level's: "firmed 0.2% to 4.12").
        if ((a.type === "measure" || a.type === "money") && bare(b)) share(a, b);
      }
      if (a.role === "low" || a.role === "from") {
        share(b, a);
        share(a, b);
      }
      i++;
      continue;
    }
    if (/^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(lead) && compatible(a, b)) {
      [a.role, b.role] = ["low", "high"];
      share(b, a);
      share(a, b);
      i++;
      continue;
    }
    // "five or six miles", "10 or 15 percent": a bare number of like size before an amount with its unit.
    if (/^\s*or\s*$/i.test(gap) && openRange(a, b)) {
      [a.role, b.role] = ["low", "high"];
      share(b, a);
      i++;
      continue;
    }
    if (
      // "dropped to 98.0 from a revised 98.5": the earlier reading may be told as revised.
      /^\s*,?\s*(?:up|down)?\s*from(?:\s+(?:an?|the)\s+(?:(?:upwardly|downwardly)\s+)?revised)?\s*$/i.test(
        gap,
      ) &&
      /\bto\s+$/i.test(lead) &&
      compatible(a, b)
    ) {
      [a.role, b.role] = ["to", "from"];
      share(a, b);
      i++;
    }
  }
  // Lone ends of a change: "dropped to 13%", "2.4 million in 2023, up from 2.1 million".
  qs.forEach((q, i) => {
    if (q.role) return;
    const lead = before(s, q, 60);
    if (/\bto\s+$/i.test(lead) && CHANGE_VERB.test(lead)) {
      if (!SUPPLIED_TO.test(lead)) q.role = "to";
    } else {
      const earlier = FROM_EARLIER.test(lead);
      if (!earlier && !(/\bfrom\s+$/i.test(lead) && CHANGE_VERB.test(lead))) return;
      q.role = "from";
      const prev =
        earlier || /\b(?:up|down)\s+from\s+$/i.test(lead) ? whereItWent(s, qs, i) : undefined;
      if (prev) {
        prev.role = "to";
        share(prev, q);
      }
    }
  });
  // "4.3 trillion yen ($28.1 billion)": an amount converted in brackets plays its amount's part.
  for (let i = 1; i < qs.length; i++)
    if (convertedIn(s, qs[i - 1]!, qs[i]!)) qs[i]!.role = qs[i - 1]!.role;
  comparedFigures(s, qs);
  moneyBySentence(s, qs, story);
  return qs;
}

// "to 4%, from an earlier plan of 8%", "down from a previous forecast of 3%": where a figure was before.
const FROM_EARLIER =
  /\bfrom\s+(?:an?|the|its|their)\s+(?:earlier|previous|prior|original|initial)\s+(?:[a-z]+\s+){1,2}?of\s+$/i;

/** The figure a lone "up from" end `qs[i]` is set against: "2.4 million, up from 2.1 million", "100 mln
 *  tonnes, up from 97.3 mln". Not "5.19 pct up from 49.98 billion" (a percentage change and an amount are
 *  different things); a bare end is of like size ("55,000 patients waited more than 12 hours, up from
 *  44,000" is patients, not hours), and a total is no level ("won 38 of the 90 seats, up from 31"). */
function whereItWent(s: string, qs: Found[], i: number): Found | undefined {
  const q = qs[i]!;
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const prev = qs[j]!;
    if (j > 0 && convertedIn(s, qs[j - 1]!, prev)) continue;
    if (prev.role) return undefined;
    const percentage = isPercentage(prev);
    const isBare = bare(q) && (!q.scaled || !percentage);
    if (prev.type !== q.type && !isBare) return undefined;
    if (j > 0 && /^\s+of\s+(?:the|all)\s+$/i.test(between(s, qs[j - 1]!, prev))) continue;
    // "rose 0.3%, below forecasts of 0.5% and down from 0.6%": what was forecast is no level reached.
    if (FORECAST_OF.test(before(s, prev))) continue;
    if (!isBare || likeSize(prev, q)) return prev;
  }
  return undefined;
}

/** Two figures within a factor of 20 of each other, as written when one leaves its scale implied ("4.2
 *  mln …, up from 3.85"). */
function likeSize(a: Found, b: Found): boolean {
  const [x, y] = a.scaled === b.scaled ? [a.value, b.value] : [a.numeral, b.numeral];
  return x !== 0 && y !== 0 && Math.abs(x / y) <= 20 && Math.abs(y / x) <= 20;
}

const FORECAST_OF =
  /\b(?:forecasts?|expectations?|estimates?|consensus|predictions?|projections?)\s+(?:of|for)\s+(?:(?:about|around|roughly)\s+)?$/i;

const COMPARED = /\b(?:against|versus|vs\.?|compared (?:with|to)|from)\s+(?:(?:a|an|the)\s+)?$/i;

/** "26.01 mln tonnes against 25.40 mln", "158 yen … from 207", "6.72 mln bpd, off 1.2 pct from 6.80 mln":
 *  the bare figure set against an amount (past any change percentage between them) is in that amount's
 *  unit, unless a noun of its own says it counts something else ("12 trucks"). */
function comparedFigures(s: string, qs: Found[]): void {
  qs.forEach((q, i) => {
    if (!bare(q) || !COMPARED.test(before(s, q)) || countsSomethingElse(s, q)) return;
    let j = i - 1;
    while (j >= 0 && isPercentage(qs[j]!) && q.scaled) j--;
    const prev = qs[j];
    if (
      !prev ||
      prev.unit === null ||
      prev.type === "count" ||
      prev.type === "rank" ||
      prev.type === "ratio"
    )
      return;
    if ((isPercentage(prev) && q.scaled) || !likeSize(prev, q)) return;
    share(prev, q);
  });
}

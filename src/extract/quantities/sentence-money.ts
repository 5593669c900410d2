// A bare scaled amount ("to 79.1 billion") is money when its clause is about money, unless the word after it
// names what it counts ("12 trucks", "millions of households").
import { namesCurrency } from "../currency.js";
import { MONEY_NOUNS as MONEY_NOUN_WORDS } from "../lexicon/words.js";
import type { Found } from "./found.js";
import type { StoryFacts } from "./reading.js";

// The word after a bare "79.1 billion" says whether it counts something other than money: a noun does
// ("12 trucks"); a preposition, a verb ("had", "targeted"), or a money noun ("a 7.4 billion deficit") does not.
const NOT_A_COUNTED_NOUN = new Set(
  (
    "in a an the from to at for on by and or but this last next year years earlier ago of was were is are had has " +
    "have will would could should may might remain remains remained each apiece worth versus against while which " +
    "that with as when after before compared"
  ).split(" "),
);
const MONEY_WORD =
  /^(?:debt|revenues?|profits?|loss(?:es)?|deficits?|surplus(?:es)?|reserves|budgets?|spending|investments?|income|earnings|assets|loans?|funding|turnover|dividends?|capital|costs?|prices?|fines?|bonds?|payments?|shortfall)$/;

// "millions of households", "4 million of its shares"; not "millions of dollars", nor "billions of investors'
// dollars".
const OF_COUNTED = new RegExp(
  `^\\s+of\\s+(?:[A-Z][\\w'’-]*\\s+){0,2}(?!(?:${MONEY_NOUN_WORDS.join("|")})\\b)([a-z]+)\\b(?!['’])`,
);

const PEOPLE_AFTER = /^\s+[A-Z][a-z]+(?:ans|ians|ers|ese|ish|ites)\b/;

export function countsSomethingElse(s: string, q: Found): boolean {
  const of = OF_COUNTED.exec(s.slice(q.span.end, q.span.end + 40))?.[1];
  if (of && !MONEY_WORD.test(of) && !NOT_A_COUNTED_NOUN.has(of)) return true;
  // "42 million Americans": a people named after the amount is what it counts (not "100 million Finnish
  // markkaa", a currency).
  const after = s.slice(q.span.end, q.span.end + 32);
  if (PEOPLE_AFTER.test(after) && !namesCurrency(after)) return true;
  const word = /^\s+([a-z]+)/.exec(s.slice(q.span.end, q.span.end + 24))?.[1];
  if (!word || NOT_A_COUNTED_NOUN.has(word) || MONEY_WORD.test(word)) return false;
  return !(word.length >= 5 && word.endsWith("ed"));
}

const MONEY_NOUNS =
  /\b(?:debt|revenues?|profits?|loss(?:es)?|deficit|surplus|reserves|budget|spending|investments?|income|earnings|assets|loans?|funding|turnover|dividends?|capital|costs?|prices?|valued?|worth|fines?|bonds?|payments?)\b/i;
// Trade is counted in money or in goods ("vehicle exports fell to 6.59 mln"): money only in a story
// that names a currency somewhere.
const TRADE_NOUNS = /\b(?:exports?|imports?|sales)\b/i;
// ...and never when the goods are named: "vehicle exports at 1.12 mln" counts vehicles.
const GOODS =
  "(?:vehicles?|cars?|trucks?|autos?|motorcycles?|steel|oil|crude|grain|wheat|corn|rice|coffee|cocoa|sugar|coal|copper|cotton|soybeans?|units?|passengers?|computers?|phones?|smartphones?|chips?|barrels?|tonnes?)";
const GOODS_TRADE = new RegExp(`\\b${GOODS}\\s+(?:exports?|imports?|sales)\\b`, "i");

// "Global sales of electric cars hit a record 1.9 million", "deliveries of new vehicles": goods named after
// the trade noun.
const GOODS_OF = new RegExp(
  `\\b(?:exports?|imports?|sales|shipments|deliveries)\\s+of\\s+(?:[a-z-]+\\s+){0,2}${GOODS}\\b`,
  "i",
);

/** Whether a story counts goods sold ("car sales", "sales of electric cars"): its bare millions sold are
 *  then goods too. */
export const countsGoods = (text: string): boolean => GOODS_TRADE.test(text) || GOODS_OF.test(text);

/** "to 99.9 billion pesos this year from 79.1 billion", "debt would grow to 97.2 billion": a bare scaled
 *  amount with no noun of its own, in a sentence about money, is money — in the sentence's currency, or
 *  (left open here) the story's. */
const bareMillions = (q: Found) =>
  q.type === "count" && q.unit === null && q.scaled && q.value >= 1e6;

export function moneyBySentence(s: string, qs: Found[], story: StoryFacts | undefined): void {
  if (!qs.some(bareMillions)) return;
  const clauses = clausesOf(s);
  // Amounts and clauses come in order: one pointer walks both, and each clause is read once, so a long
  // run of amounts stays linear.
  let c = -1;
  let m = 0;
  // What the clause in hand says: its money amount, and whether it is about money at all.
  let money: Found | undefined;
  let aboutMoney = false;
  for (const q of qs) {
    if (!bareMillions(q) || countsSomethingElse(s, q)) continue;
    let next = Math.max(c, 0);
    while (next + 1 < clauses.length && clauses[next + 1]! <= q.span.start) next++;
    if (next !== c) {
      c = next;
      const start = clauses[c]!;
      const end = clauses[c + 1] ?? s.length;
      // "Passenger numbers rose 6% to 48.2 million, but average fares dropped 9% to €41.50": money in
      // another clause says nothing of this one's millions.
      while (m < qs.length && qs[m]!.span.start < start) m++;
      money = undefined;
      for (let j = m; j < qs.length && qs[j]!.span.start < end && !money; j++)
        if (qs[j]!.type === "money" && qs[j]!.unit) money = qs[j];
      const clause = s.slice(start, end);
      const trade = TRADE_NOUNS.test(clause) && !GOODS_TRADE.test(clause) && !GOODS_OF.test(clause);
      aboutMoney =
        money !== undefined ||
        MONEY_NOUNS.test(clause) ||
        (trade && (story?.namesCurrency ?? namesCurrency(s)));
    }
    // In a story counting goods sold, a bare million in a clause about trade alone is goods: "expected
    // full-year sales to exceed 20 million" after "sales of electric cars".
    const goods = money === undefined && q.value < 1e9 && story?.countsGoods === true;
    if (!aboutMoney || (goods && !MONEY_NOUNS.test(s))) continue;
    q.type = "money";
    q.unit = money?.unit ?? null;
  }
}

// Where one clause of a sentence ends and the next begins: ", but", "; ", ", while".
const CLAUSE_BREAK = /,\s+(?:but|while|whereas|although|though)\s|;\s/g;

/** Where each clause of `s` starts, the first at 0. */
function clausesOf(s: string): number[] {
  const starts = [0];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s))
    starts.push(m.index + m[0].length);
  return starts;
}

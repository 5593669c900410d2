// What the words around a number make of it: someone's age, a price quoted in another currency, a sign.
import { PERSON_NOUNS } from "../lexicon/people.js";
import type { Modifiers } from "./context.js";
import { exchangeRate } from "./exchange-rate.js";
import type { Reading, SentenceFacts } from "./reading.js";

// "died aged 77", "at age 52", "at the age of 91", "turned 80", and a person's age set off by commas:
// "Maria Lopez, 52, said", "a boy, 14, and a girl, 12,", "Kipchoge, now 40, set", "Kiptum, then 23, ran".
// "aged 77", "people under 25", "children under five", "those over 65", "the oldest of whom was 97", "some as
// young as 13": someone's age.
const AGED =
  /\b(?:age[ds]?(?:\s+(?:between|from|of|over|under|above|below))?|turn(?:ed|s|ing)|as\s+(?:young|old)\s+as|(?:oldest|youngest)(?:\s+(?:of\s+(?:whom|them)|victim|child|patient|passenger|survivor|player|member))?\s+(?:was|is|being)|(?:people|those|children|adults|men|women|voters|workers|pensioners|anyone|persons|patients|drivers|girls|boys|teenagers)\s+(?:aged\s+)?(?:under|over|below|above|older\s+than|younger\s+than))\s+$/i;
// The second age of "aged 50-64", "aged 18 to 24".
const AGED_RANGE = /\bage[ds]?\s+(?:between\s+|from\s+)?\d{1,3}\s*(?:-|–|to|and)\s*$/i;
const NAME_BEFORE = new RegExp(
  String.raw`(?:\p{Lu}[\p{L}'’.-]*|\b(?:${PERSON_NOUNS.join("|")}|youngest|oldest)),\s(?:now\s|then\s)?$`,
  "u",
);
// "The accused, identified as Rakesh Sharma (56), …": Indian papers put a person's age in brackets after
// their name.
const NAME_THEN_BRACKET = /\p{Lu}\p{Ll}[\p{L}'’.-]*\s+\p{Lu}\p{Ll}[\p{L}'’.-]*\s?\($/u;
// "25- to 34-year-olds": the first age of a range written once.
const AGE_RANGE_AFTER = /^-?\s+(?:to|and)\s+\d{1,3}-year-olds?\b/;
// "children aged five to 17 months": the low end of an age range is in the high end's unit.
const AGE_UNIT_AFTER = /^\s*(?:-|–|to|and)\s*\d{1,3}\s+(?<unit>months?|weeks?|days?)\b/;
// "The average age of a first-time buyer has risen to 34", "the state pension age will rise to 67": a
// figure of an age measured.
const AGE_MEASURED =
  /\b(?:average|median|mean|retirement|pension|voting|minimum|legal)\s+age\b[^.;%$£€\d]{0,60}\b(?:to|from|at|of|is|was|be|by)\s+$/i;
// "At 72, he is the oldest candidate": an age opening the sentence, before whom it is; "She became, at 23,
// the youngest MP", "The boy, who is 14, was hurt": one set off by commas after a person.
const AT_AGE_BEFORE = /^\s*At\s$/;
const SET_OFF_AGE = /(?:,\s*at|\bwho\s+(?:is|was)(?:\s+now)?)\s$/;
// "Fabian Hurzeler, at 32 the youngest in the league's history, said": an age that ranks its person.
const RANKED_BY_AGE = /^\s+the\s+(?:youngest|oldest)\b/;
const PERSON_AFTER = /^,\s+(?:he|she)\b/;
// "The youngest, now 19, was 15 when he was recruited": an age someone was when something happened.
const WAS_BEFORE = /\bwas\s$/;
const WHEN_AFTER = /^\s+when\s+(?:he|she)\s/;
const CLAUSE_AFTER = /^,\s+\p{Ll}/u;
// "won the Marguerite Long competition at 22", "she married at 19 and", "left school at 16 to work": a
// life's event at an age, the age ending its clause.
const LIFE_EVENT_AT =
  /\b(?:won|married|died|retired|joined|left|became|started|began|debuted|graduated|emigrated|signed|turned\s+professional|made\s+(?:his|her|their)\s+debut)\b[^.;,]{0,70}\bat\s$/;
const CLAUSE_ENDS = /^(?:\s*[,.;)]|\s*$|\s+(?:and|but)\b|\s+to\s+[a-z])/;

/** "the rupee fell to 83.5 per dollar": a bare number quoting one currency in another is a price. */
export function readExchangeRate(r: Reading): void {
  if (r.unitFound || r.scaled || !r.digits) return;
  const rate = exchangeRate(r.s, r.start, r.end);
  if (!rate) return;
  r.type = "money";
  r.unit = rate.unit;
  r.unitFound = true;
  r.end = rate.end;
}

/** A bare whole number that gives someone's age is a duration in years, not a count. */
export function readAge(r: Reading, facts: SentenceFacts): void {
  if (r.unitFound || r.scaled || !Number.isInteger(r.value)) return;
  if (r.value < 1 || r.value > 120) return;
  const before = r.s.slice(Math.max(0, r.start - 40), r.start);
  // "Maria Lopez, 52, said", "Rakesh Sharma (56)": only digits give an age in apposition.
  const apposition =
    r.digits &&
    ((NAME_BEFORE.test(before) && CLAUSE_AFTER.test(r.s.slice(r.end, r.end + 4))) ||
      (r.s.charCodeAt(r.end) === 41 && NAME_THEN_BRACKET.test(before)));
  const opening =
    (AT_AGE_BEFORE.test(before) && PERSON_AFTER.test(r.s.slice(r.end, r.end + 6))) ||
    (r.digits && WAS_BEFORE.test(before) && WHEN_AFTER.test(r.s.slice(r.end, r.end + 12))) ||
    (r.digits &&
      r.value >= 5 &&
      CLAUSE_ENDS.test(r.s.slice(r.end, r.end + 6)) &&
      LIFE_EVENT_AT.test(r.s.slice(Math.max(0, r.start - 100), r.start))) ||
    (r.digits &&
      SET_OFF_AGE.test(before) &&
      (r.s.charCodeAt(r.end) === 44 || RANKED_BY_AGE.test(r.s.slice(r.end, r.end + 14))));
  if (
    !AGED.test(before) &&
    !AGED_RANGE.test(before) &&
    !apposition &&
    !opening &&
    !(
      facts.mentionsAge &&
      (AGE_RANGE_AFTER.test(r.s.slice(r.end, r.end + 20)) ||
        AGE_MEASURED.test(r.s.slice(Math.max(0, r.start - 100), r.start)))
    )
  )
    return;
  r.type = "duration";
  const unit = AGE_UNIT_AFTER.exec(r.s.slice(r.end, r.end + 24))?.groups?.unit;
  r.unit = unit ? unit.replace(/s$/, "") : "year";
  r.unitFound = true;
}

/** A minus sign written before the amount: "-0.3%", "−2 degrees", "minus 5" ("plus or minus 3 points" is a
 *  margin either way, not below zero). */
export function readSign(r: Reading): void {
  const before = r.s.slice(Math.max(0, r.start - 15), r.start);
  const sign = /(?:^|[\s(])(?<sign>-|−|minus\s)$/.exec(before);
  if (!sign || /\bplus or minus\s$/i.test(before)) return;
  r.value = -r.value;
  r.start -= sign.groups!.sign!.length;
}

// "a 25% pay rise over four years", "C$250 million over five years": after an amount or a change, "over" a
// duration spans it; "for over 20 years", "took over two hours", "over 20 years ago" count more than it.
// So does a change told by its verb: "prices rose over three years", and money paid or spread over it: "a
// signing-on bonus of about €100 million spread over five years", and things counted: "cancelled more than
// 5,000 flights over five days".
const ACROSS_BEFORE =
  /(?:\d(?:bn|mn|m|k)?|%|\d[\d,.]*\s+(?:[a-z-]+\s+)?[a-z]{3,}s|\b(?:million|billion|trillion|bn|mn|m|rise|increase|raise|cut|cuts|growth|fall|decline|drop|jobs|homes|staff|rose|fell|grew|risen|fallen|grown|climbed|increased|decreased|declined|doubled|tripled|halved|spread|paid|payable|phased|repaid|repayable|staggered|invested|earned|lent|borrowed))\s+over\s+$/i;
const AGO_AFTER = /^\s+ago\b/;
// "can lose no more than £105m over three seasons": spans counted in what they are, not in time units.
const SPANS =
  /^\s+(?:seasons|terms|quarters|games|matches|rounds|sessions|years|months|weeks|days)\b/;

/** A duration "over" which something happens is no bound. */
export function overAcross(s: string, r: Reading, mod: Modifiers): Modifiers {
  if (mod.bound !== "gt" || mod.before === 0) return mod;
  if (r.type !== "duration" && !(r.type === "count" && SPANS.test(s.slice(r.end, r.end + 12))))
    return mod;
  const from = r.start - mod.before;
  if (!ACROSS_BEFORE.test(s.slice(Math.max(0, from - 20), r.start))) return mod;
  if (AGO_AFTER.test(s.slice(r.end, r.end + 6))) return mod;
  return { ...mod, bound: null, before: 0 };
}

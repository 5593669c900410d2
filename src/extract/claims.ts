// Stage 5: the checkable assertions of a sentence: their spans and kinds (subjects: subject.ts).
import { firstIndex } from "./cover.js";
import type { Cues } from "./cues.js";
import {
  CHANGE_CUE_WORDS,
  MONTH_NAMES,
  MOVING_ON_PARTICIPLES,
  PLAN_VERBS,
} from "./lexicon/words.js";
import { datelineOf } from "./text.js";
import { REPORTED_WOULD } from "./time/index.js";
import type { ClaimKind, Quantity, Span } from "./types.js";

// Discourse words that frame an assertion without being part of it.
const LEAD =
  /^(?:(?:however|nevertheless|nonetheless|meanwhile|moreover|furthermore|in addition|additionally|still|yet|also|indeed|instead|even so|as a result|by contrast|in contrast|separately|similarly|likewise|notably|importantly|despite (?:this|that|these|the \w+|\w+)|regardless),\s+)+/i;
const TRAIL_WITH = /,\s+with\s+[^,]*(?:,[^,]*)*$/;
const SEMICOLON = /;\s+/g;

/** Clause spans (absolute) of a sentence that each carry a claim. */
export function claimSpans(text: string, sentence: Span, quantities: Quantity[]): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const parts: Span[] = [];
  // Independent statements joined by semicolons become separate claims when each states a figure.
  let from = 0;
  const pieces: [number, number][] = [];
  SEMICOLON.lastIndex = 0;
  for (let m = SEMICOLON.exec(s); m; m = SEMICOLON.exec(s)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, s.length]);
  const split =
    pieces.length > 1 &&
    pieces.every(([a, b]) => hasFigure(quantities, sentence.start + a, sentence.start + b));
  for (const [a, b] of split ? pieces : [[0, s.length] as [number, number]]) {
    for (const [c, d] of clauses(s, a, b, sentence.start, quantities))
      parts.push(trim(s, c, d, sentence.start, quantities));
  }
  return parts;
}

// "…to reach $9 billion in 2026, and plans to hire 2,000 staff by the end of next year", "…homes by 2029,
// yet only 200,000 were started last year": clauses joined by a comma and a conjunction are separate claims when each states its own figure. The next clause must
// open with a word ("…5%, 6%, and 7%" is one list), not a preposition or comparison that continues the
// first ("…close to 2.6 pct, but above the 2.4 pct average", "…, and to $5", "sold to Kia, and to a unit of
// Ford"; "…, and to hire 8,500" is a second pledge), and name something before its figure.
const CLAUSE_JOIN =
  /,\s+(?:(?:and|but|while|whereas)\s+(?=[a-zA-Z])(?!(?:above|below|up|down|over|under|from|in|at|on|by|with|than|less|more|just|only|still|well)\b|to\s+(?:[\d$£€]|(?:a|an|the|its|their|his|her|this|that)\b))|yet\s+(?=[a-z]))/g;
// Without a comma, "and" joins two claims when a second verb of the same subject follows it: "expects sales to
// reach $6 billion next year and plans to open 50 stores by 2026", "plans to spend A$4.5 billion over the
// next two years and to hire 1,500 pilots by the end of 2026" (a second pledge), "has more than doubled this
// year and gained about 45% since the election". Tried at each " and " found by a string search: an
// alternative starting with a space would make the engine try every space of every sentence.
// "…hired 500 people in 2022 but cut 300 jobs in 2023" joins the same way; "Exports rose 4% in March and
// imports fell 2% in April" names a second subject (a word or two) before a verb of change.
const JOINERS = [" and ", " but "];
const SECOND_VERB = new RegExp(
  String.raw`(?:also )?(?:(?:is|are|was|were) (?:expected|forecast|projected|likely|due|set) to|plans|expects|aims|intends|wants|hopes|will|would|has|had|said|says|added|announced|reported|raised|cut|lifted|lowered|posted|recorded|employs|employed|sold|spent|paid|lost|earned|hired|gained(?=\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?[$£€]?\d)|(?:to\s+)?(?!close\s+to\b)(?:${PLAN_VERBS}))\b`,
  "y",
);
const SECOND_SUBJECT = new RegExp(
  `(?:(?:the|its|their)\\s+)?[a-z]+(?:\\s+[a-z]+)?\\s+(?:${CHANGE_CUE_WORDS.split("|")
    .filter((w) => /^[a-z]+$/.test(w) && !["grown", "fallen", "cut"].includes(w))
    .join("|")})\\b`,
  "y",
);
// "The living wage was £10.42 in 2023-24 and £9.50 in 2022-23", "sales of 1.95 million in 2024 and 2.0
// million next year": so is a bare figure and the time it is of.
const FIGURE_IN = String.raw`(?:[$£€]\s?)?\d[\d,.]*(?:%|\s?(?:bn|m|mn|million|billion|per\s+cent|percent|pc)\b)?\s+(?:in\s|for\s|during\s|(?:next|this|last)\s+(?:year|month|quarter|week)\b)`;
const ANOTHER = new RegExp(String.raw`(?:another|a\s+further)\s+(?:[$£€]\s?)?\d|${FIGURE_IN}`, "y");
const OPENS_FIGURE_IN = new RegExp(`^${FIGURE_IN}`);
const IN_RELATIVE = /,\s+(?:which|who|whose)\b[^,]*$/;
const OPEN_RELATIVE = /\b(?:who|whose|which)\b(?:[^,;]|,\d)*$/;
// "…treated within 18 weeks by March 2026, rising to 92% by the end of this parliament", "…€6.2 billion this
// year, falling to €5.1 billion in 2027": a figure moving on to another, each with its own time, is a
// claim of its own (not "…, rising to 5%" of the first part's time).
const MOVING_ON = new RegExp(
  `,\\s+(?:${MOVING_ON_PARTICIPLES})\\s+(?:further\\s+|again\\s+)?to\\s+(?=[\\d$£€]|about|around|nearly|almost|more|less)`,
  "g",
);
// "Revenue rose 12% to £4bn in 2024 and the firm expects it to hit £5bn in 2026": a second subject that
// looks ahead or speaks.
const SECOND_SPEAKER =
  /(?:(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}|it|they|he|she)\s+(?:also\s+)?(?:expects|expected|plans|planned|said|says|forecasts?|predicts|predicted|aims|intends|wants|will|hopes)\b/y;
// A second subject splits only parts each with its own time: "Sales rose 4% and profit rose 9% in 2024"
// is one claim of one year.
// "$1,350 a month" is a rate, not a time.
const TIME_WORD = new RegExp(
  `\\b(?:(?:19|20)\\d{2}|${MONTH_NAMES}|quarter|half|(?<!\\b(?:a|an|per|each|every)\\s)(?:year|month|week)|parliament|decade)\\b`,
  "g",
);
/** Where the piece's first and last time words start: found once, so many joins stay linear. */
function timeWordsOf(piece: string): [first: number, last: number] {
  let first = -1;
  let last = -1;
  TIME_WORD.lastIndex = 0;
  for (let m = TIME_WORD.exec(piece); m; m = TIME_WORD.exec(piece)) {
    if (first < 0) first = m.index;
    last = m.index;
  }
  return [first, last];
}

/** Where the piece [a, b) of `s` joins two clauses, in order: [end of the first, start of the next]. */
function joinsOf(s: string, a: number, b: number): [number, number][] {
  const piece = s.slice(a, b);
  const joins: [number, number][] = [];
  // exec, not matchAll: matchAll copies the regex on every call.
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(piece); m; m = CLAUSE_JOIN.exec(piece))
    joins.push([a + m.index, a + m.index + m[0].length]);
  let joined = false;
  let times: [number, number] | undefined;
  MOVING_ON.lastIndex = 0;
  for (let m = MOVING_ON.exec(piece); m; m = MOVING_ON.exec(piece)) {
    times ??= timeWordsOf(piece);
    if (times[0] < 0 || times[0] >= m.index || times[1] < m.index) continue;
    joins.push([a + m.index, a + m.index + 1]);
    joined = true;
  }
  for (const word of JOINERS)
    for (let i = piece.indexOf(word); i >= 0; i = piece.indexOf(word, i + word.length)) {
      const at = i + word.length;
      SECOND_VERB.lastIndex = at;
      ANOTHER.lastIndex = at;
      // "cut 300 jobs in 2023 and another 500 in 2024": the verb left out, a figure and its own time; not
      // inside a relative clause ("the tariffs, which will rise to 50% in 2025 and 100% in 2026, to …").
      if (ANOTHER.test(piece)) {
        times ??= timeWordsOf(piece);
        if (times[0] < 0 || times[0] >= at || times[1] < at) continue;
        if (IN_RELATIVE.test(piece.slice(Math.max(0, i - 120), i))) continue;
      } else if (SECOND_VERB.test(piece)) {
        // "adults aged 45 or older who were overweight and had heart disease": a verb inside a relative
        // clause still open goes on telling of whom it describes, unless it tells its own time ("which last
        // year accounted for about 41% … and is expected to see that grow to 42.5% in the current year").
        if (OPEN_RELATIVE.test(piece.slice(Math.max(0, i - 120), i))) {
          times ??= timeWordsOf(piece);
          if (times[1] < at) continue;
        }
      } else {
        times ??= timeWordsOf(piece);
        if (times[0] < 0 || times[0] >= at || times[1] < at) continue;
        SECOND_SUBJECT.lastIndex = at;
        SECOND_SPEAKER.lastIndex = at;
        if (!SECOND_SUBJECT.test(piece) && !SECOND_SPEAKER.test(piece)) continue;
      }
      joins.push([a + i, a + i + word.length]);
      joined = true;
    }
  return joined ? joins.sort((x, y) => x[0] - y[0]) : joins;
}

const CLAUSE_VERB = /\b(?:is|are|was|were|has|have|had|will|would|could|can|[a-z]{3,}ed)\b/;

function clauses(
  s: string,
  a: number,
  b: number,
  offset: number,
  quantities: Quantity[],
): [number, number][] {
  const out: [number, number][] = [];
  // The piece's joins, found once in the piece alone: a scan past its end would make a sentence of many
  // semicolon pieces cost the square of its length.
  const joins = joinsOf(s, a, b);
  let from = a;
  joins.forEach(([at, next], i) => {
    const end = joins[i + 1]?.[0] ?? b;
    const own = quantitiesWithin(quantities, offset + next!, offset + end);
    if (!hasFigure(quantities, offset + from, offset + at!) || own.length === 0) return;
    // A clause that opens with its figure is an item of a list, unless a verb follows ("about a third of
    // buyers were first-time owners") or the time it is of ("and £9.50 in 2022-23").
    const rest = s.slice(next, end);
    if (
      own[0]!.span.start - offset === next &&
      !CLAUSE_VERB.test(rest) &&
      !OPENS_FIGURE_IN.test(rest)
    )
      return;
    out.push([from, at!]);
    from = next!;
  });
  out.push([from, b]);
  return out;
}

/** The first quantity (in text order) starting at or after `start`. */
const firstFrom = (quantities: Quantity[], start: number) =>
  firstIndex(quantities.length, (i) => quantities[i]!.span.start < start);

/** The quantities (in text order) that lie wholly inside [start, end). */
export function quantitiesWithin(quantities: Quantity[], start: number, end: number): Quantity[] {
  const out: Quantity[] = [];
  for (
    let i = firstFrom(quantities, start);
    i < quantities.length && quantities[i]!.span.start < end;
    i++
  )
    if (quantities[i]!.span.end <= end) out.push(quantities[i]!);
  return out;
}

/** Whether a quantity lies wholly inside [start, end): stops at the first, so asking of a growing range
 *  again and again stays cheap. */
function hasFigure(quantities: Quantity[], start: number, end: number): boolean {
  for (
    let i = firstFrom(quantities, start);
    i < quantities.length && quantities[i]!.span.start < end;
    i++
  )
    if (quantities[i]!.span.end <= end) return true;
  return false;
}

function trim(s: string, a: number, b: number, offset: number, quantities: Quantity[]): Span {
  const piece = s.slice(a, b);
  const dateline = a === 0 ? datelineOf(piece) : 0;
  const lead = LEAD.exec(piece.slice(dateline));
  let start =
    a + dateline + (lead && piece.length - dateline - lead[0].length > 20 ? lead[0].length : 0);
  let end = b;
  const trail = TRAIL_WITH.exec(s.slice(start, end));
  if (trail && trail.index > 30) {
    const cut = start + trail.index;
    if (!hasFigure(quantities, offset + cut, offset + end)) end = cut;
  }
  while (end > start && /[\s.;,:!?…]/.test(s[end - 1]!) && !/["”’)]/.test(s[end - 1]!)) end--;
  while (start < end && /\s/.test(s[start]!)) start++;
  return { start: offset + start, end: offset + end };
}

// A quotation is several quoted words, not a scare-quoted term ("controllable").
const QUOTE = /["“][^"”]*\s[^"”]*\s[^"”]*\s[^"”]*["”]/;
/** `reached`: the claim's time is a deadline already past ("By 2015, about 700 people had been
 *  prosecuted"), so "by" names what had happened by then, not a target. */
export function classify(
  claim: string,
  quantities: Quantity[],
  cues: Cues,
  reached = false,
): ClaimKind {
  const figures = quantities.length > 0;
  if (QUOTE.test(claim)) return "quote";
  // A figure someone said would come ("said it would take a charge of $1.2bn") is forecast, not stated;
  // without one, what was said is the claim ("said the deal would be signed soon").
  if (
    (cues.has("projection") && !(reached && !cues.has("future"))) ||
    (figures && claim.includes("would") && REPORTED_WOULD.test(claim))
  )
    return "projection";
  if (
    quantities.some((q) => q.role === "from" || q.role === "to") ||
    (figures && cues.has("change"))
  )
    return "change";
  if (figures && cues.has("comparison")) return "comparison";
  const rank = quantities.some((q) => q.type === "rank");
  if (rank || cues.has("ranking")) return figures && !rank ? "statistic" : "ranking";
  if (figures) return "statistic";
  if (cues.has("causal")) return "causal";
  if (cues.has("attribution")) return "attribution";
  return "event";
}

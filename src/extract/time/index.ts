// Stage 4: time expressions of a sentence, resolved to periods against the publication date.
// chrono-node reads day-level dates and weekdays; rules.ts covers what chrono does not know.
import * as chronoEn from "chrono-node/en";
import { Cover } from "../cover.js";
import { type Cues, scanCues } from "../cues.js";
import { parseNumberWords } from "../lexicon/numbers.js";
import { DAY_NAMES, DAY_WORDS, MONTH_OPENINGS, WEEKDAY_NAMES } from "../lexicon/words.js";
import { opens, wordGate } from "../word-gates.js";
import { addDays, addMonths, type Day, type Period } from "./calendar.js";
import { DAY_RULES, namesEveryWeekday } from "./day-rules.js";
import { statesPast } from "./past-tense.js";
import type { Rule, RuleContext, RuleKey, Tense } from "./rule-kit.js";
import { PERIOD_RULES } from "./rules.js";
import { SPAN_RULES } from "./span-rules.js";
import { triggeredRules } from "./triggers.js";
import type { TimeMention, TimeShift } from "./types.js";
import { yearBefore } from "./year-before.js";

// Fiscal years first ("… ended June 30, 2024" is one period, not a day), then days, then chrono-node for
// day forms the rules miss, then the remaining periods.
const FIRST_RULES = [...PERIOD_RULES.filter((r) => r.first), ...DAY_RULES];
const LATER_RULES = [...SPAN_RULES, ...PERIOD_RULES.filter((r) => !r.first)];

// chrono is slow next to a regex, so it only sees sentences where a day form is left unread.
const CHRONO_GATE = new RegExp(
  String.raw`\b(?:(?:${DAY_NAMES})\b|(?:${MONTH_OPENINGS})[a-z]*\.?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:${MONTH_OPENINGS}))`,
  "g",
);
const WEEKDAY_ALONE = new RegExp(`^(?:${WEEKDAY_NAMES})$`);
const DAY_FORM_WORDS = wordGate(`${WEEKDAY_NAMES}|${DAY_WORDS.join("|")}`, MONTH_OPENINGS);
// "two weeks later", "a year before"; told of the past, "the following year" and "the next month" are one
// later.
const SHIFT_WORDS = "after|later|before|earlier|following|subsequent|next";
const SHIFT_WORD = new RegExp(`\\b(?:${SHIFT_WORDS})\\b`);
const SHIFTING = wordGate(SHIFT_WORDS);
// "An aftershock followed 12 minutes later": within the day named, the same day.
// Not "serve at least 16 years before he can be considered for parole": a time before something that may
// yet happen is a duration, not a time the story has reached. Nor "tested positive for Covid-19 days
// earlier": a number joined to a name by a hyphen is the name's.
const SHIFT =
  /\b(?<!-)(?:(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several)\s+(minutes?|hours?|days?|weeks?|months?|years?)\s+(after|later|before|earlier)(?!\s+(?:he|she|they|it|we|I|you)\s+(?:can|could|will|would|may|might|must|should|is|are)\b)|the\s+(?:following|subsequent|next)\s+(day|week|month|year))\b/gi;

const COMES_BEFORE = /\b(?:comes?|came|coming)\s+$/i;

// "…, the bank said.": the saying is past, what was said need not be ("must announce … on May 14").
// Such a clause runs from the sentence's last comma to its end.
const CLOSING_SAYING = "said|says|told|added|noted|reported|stated";
const CLOSING_ATTRIBUTION = new RegExp(
  String.raw`^,[^,]{0,100}?\b(?:${CLOSING_SAYING.replace("told", String.raw`told\s+\w+`)})\b[^,]{0,40}$`,
);
const SAYING = wordGate(CLOSING_SAYING);

// 'A spokesperson said: "We are determined to smash the gangs."': so is a quote after its speaker, and
// one before it ('"The deal is bullish for prices," said Giovanni Staunovo, an analyst at UBS').
const QUOTE_THEN_SAID = /^\s*["“]([^"”]{1,300})["”]\s*,?\s*(?:said|says|added|told)\b/;
const OPENING_ATTRIBUTION = /^[^"“:]{1,80}\b(?:said|says|told\s+\w+|added|wrote)\s*:\s*["“]/;

function hasPastVerb(s: string): boolean {
  const comma = s.lastIndexOf(",");
  const attributed =
    comma >= 0 &&
    s.length - comma <= 150 &&
    opens(SAYING, s) &&
    CLOSING_ATTRIBUTION.test(s.slice(comma));
  const opened = !attributed && s.includes(":") ? OPENING_ATTRIBUTION.exec(s) : null;
  const quoted = !attributed && !opened ? QUOTE_THEN_SAID.exec(s) : null;
  const said = attributed
    ? s.slice(0, comma)
    : opened
      ? s.slice(opened[0].length)
      : quoted
        ? quoted[1]!
        : s;
  // "The H20, a cut-down version of the H100 designed to comply with US rules, costs $12,000": what an
  // apposition describes the subject by is not what the sentence tells.
  // Nor is a relative clause set off by commas ("Microsoft, which briefly topped $4 trillion last week, is
  // valued at $3.75 trillion").
  const described =
    said.includes(", a ") || said.includes(", an ") ? said.replace(DESCRIBED, ",") : said;
  const told = WHICH_OR_WHO.test(described) ? described.replace(RELATIVE_ASIDE, ",") : described;
  return statesPast(told);
}
const DESCRIBED = /,\san?\s[^,]{1,100},/g;
const RELATIVE_ASIDE = /,\s(?:which|who)\s[^,]{1,100},/g;
const WHICH_OR_WHO = /, wh(?:ich|o) /;

// Reported speech looks ahead from the saying: "Berg added that prices would rise 3% in June", "Ofgem said the
// cap for a typical household paying by direct debit would increase … between October and December" (what
// comes after "would", "should", "could"; "said on Tuesday that …" is still the Tuesday gone).
const reportedAhead = (modals: string) =>
  new RegExp(
    String.raw`\b(?:said|says|added|warned|predicted|expected|forecast|announced|confirmed|pledged|promised|told\s+\w+)\s+(?:that\s+)?(?:[\w'’-]+\s+){1,12}?(?:${modals})\s+(?!have\b)`,
  );
const REPORTED_FUTURE = reportedAhead("would|should|could|might|may");
/** "The bank said it would take a charge of $1.2bn": what was said will happen, as "will" tells it. */
export const REPORTED_WOULD = reportedAhead("would");

/** Future when the sentence looks ahead, past when it has a past-tense verb, else unknown. */
export function tenseOf(sentence: string, cues: Cues = scanCues(sentence)): Tense {
  if (cues.has("future")) return "future";
  return hasPastVerb(sentence) ? "past" : "unknown";
}

function chronoMentions(s: string, ref: Day | null, read: Cover): TimeMention[] {
  if (!opens(DAY_FORM_WORDS, s)) return [];
  let unread = false;
  CHRONO_GATE.lastIndex = 0;
  for (let m = CHRONO_GATE.exec(s); m && !unread; m = CHRONO_GATE.exec(s)) {
    unread = !read.overlaps(m.index, m.index + m[0].length);
  }
  if (!unread) return [];
  const refDate = ref
    ? new Date(Date.UTC(ref.y, ref.m - 1, ref.d, 12))
    : new Date(Date.UTC(2000, 0, 1, 12));
  const out: TimeMention[] = [];
  for (const r of chronoEn.casual.parse(s, { instant: refDate, timezone: 0 })) {
    const c = r.start;
    const dayKnown = c.isCertain("day") || c.isCertain("weekday");
    if (!dayKnown) continue;
    if (WEEKDAY_ALONE.test(r.text) && namesEveryWeekday(s.slice(r.index + r.text.length))) continue;
    // Without a publication date only fully written dates can be trusted.
    if (!ref && !c.isCertain("year")) continue;
    const day = { y: c.get("year")!, m: c.get("month")!, d: c.get("day")! };
    const endDay = r.end
      ? { y: r.end.get("year")!, m: r.end.get("month")!, d: r.end.get("day")! }
      : day;
    const absolute = c.isCertain("year") && c.isCertain("month");
    const text = r.text.replace(/[\s,.;:]+$/, "");
    out.push({
      start: r.index,
      end: r.index + text.length,
      period: { start: day, end: endDay },
      granularity: r.end ? "range" : "day",
      basis: absolute ? "explicit" : "relative",
    });
  }
  return out;
}

/** The time expressions of one sentence so far, never overlapping, with the sentence's clauses. */
class Found {
  readonly mentions: TimeMention[] = [];
  readonly cover: Cover;
  readonly clauses: Clauses;
  constructor(readonly s: string) {
    this.cover = new Cover(s.length);
    this.clauses = new Clauses(s);
  }
  add(m: TimeMention): void {
    if (this.cover.overlaps(m.start, m.end)) return;
    this.mentions.push(m);
    this.cover.take(m.start, m.end);
  }
}

function applyRules(rules: Rule[], keys: Set<RuleKey>, ctx: RuleContext, found: Found): void {
  const s = found.s;
  for (const rule of rules) {
    if (!keys.has(rule.key)) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(s); m; m = rule.re.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.cover.overlaps(start, end)) continue;
      const r = rule.resolve(m, { ...ctx, tense: found.clauses.tenseAt(start, end, ctx.tense) });
      if (r) found.add({ start, end, ...r });
    }
  }
}

// A sentence can hold two tenses ("rose 1.8% in the first quarter, but will pick up later"): a time
// reads the tense of its own clause. A verbless opening clause takes the sentence's ("In September,
// sales slumped"); a verbless clause inside it is an aside with no tense of its own ("production, down
// 0.5 pct in January, is likely to turn positive"), read as the nearest such time. "and" before a
// present or future auxiliary opens a second predicate with its own tense ("A hearing began in September
// and is expected to last 10 weeks"); not before "were" ("planned a rally on Saturday and were planning…").
const CLAUSE_BREAK = /,(?!\d)|;|\b(?:but|while|whereas)\b|\band(?=\s+(?:is|are|will)\s)/g;
// Verbs whose past is their present.
const SAME_FORM_VERBS = "cut|set|hit|put|shut|cost|let|quit|spread|split|shed|cast|hurt";
const SAME_FORM = new RegExp(` (?:${SAME_FORM_VERBS}) `);
const SAME_FORM_PAST = new RegExp(
  String.raw`\b(?!(?:to|will|would|could|can|may|might|must|should|shall|not|did|do|does|I|we|you|they)\s)[A-Za-z]*[a-rt-z]\s+(?:${SAME_FORM_VERBS})\s`,
);
const AND_AFTER_BREAK =
  /^\s+and\s+(?:(?:as|by|up|down|about|around|nearly|almost|more|less|just|only)\b|[\d$£€])/;

/** Where the sentence's clauses break (exec, not matchAll: matchAll copies the regex on every call). */
function breaksOf(s: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(s); m; m = CLAUSE_BREAK.exec(s))
    out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** A sentence's clause breaks, found once; each clause's own tense is read at most once. */
class Clauses {
  private breaks?: { start: number; end: number }[];
  private readonly own = new Map<number, Tense>();
  /** The clause a reported future runs over ("… said that prices would [rise 3% in June]"), or null. */
  private reported?: [number, number] | null;
  constructor(private readonly s: string) {}

  /** Whether the time lies in the clause a reported "would" or "should" looks ahead in; "Wednesday's ruling" is done. */
  private reportedAhead(start: number, end: number): boolean {
    if (this.reported === undefined) {
      const m = REPORTED_FUTURE.exec(this.s);
      const from = m ? m.index + m[0].length : -1;
      // A comma inside a figure ("£1,755") does not end the clause.
      const stop = from < 0 ? -1 : this.s.slice(from).search(/[;:]|,(?!\d)/);
      this.reported = m ? [from, stop < 0 ? this.s.length : from + stop] : null;
    }
    const r = this.reported;
    return (
      r !== null && start >= r[0] && end <= r[1] && !/^['’]s\b/.test(this.s.slice(end, end + 3))
    );
  }

  tenseAt(start: number, end: number, sentence: Tense): Tense {
    // A clause holds no tense its sentence lacks: without a future cue or a past verb there is nothing to read.
    if (sentence === "unknown") return sentence;
    if (sentence === "past" && this.reportedAhead(start, end)) return "future";
    const breaks = (this.breaks ??= breaksOf(this.s));
    // The last break ending at or before the time opens its clause; the first one after it that starts at
    // or after the time's end closes it.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    const from = lo > 0 ? breaks[lo - 1]!.end : 0;
    let next = lo;
    while (next < breaks.length && breaks[next]!.start < end) next++;
    const to = next < breaks.length ? breaks[next]!.start : this.s.length;
    if (from === 0 && to === this.s.length) return sentence;
    const key = from * 2 + (sentence === "future" ? 1 : 0);
    let own = this.own.get(key);
    if (own === undefined) {
      const clause = this.s.slice(from, to);
      own = sentence === "future" ? tenseOf(clause) : hasPastVerb(clause) ? "past" : "unknown";
      this.own.set(key, own);
    }
    if (own !== "unknown") return own;
    // "The Bank of England cut rates to 4.75% in November, and markets expect two further cuts": a verb
    // whose past is its present, after a subject that is not plural, is past.
    if (from === 0 && SAME_FORM.test(this.s) && SAME_FORM_PAST.test(this.s.slice(0, to)))
      return "past";
    // "were 2C above average, and as much as 10C warmer in February": "and" and a figure go on with the same
    // predicate (not "…, and hopes to win seats this September", a predicate of its own).
    return from === 0 || AND_AFTER_BREAK.test(this.s.slice(from, from + 20)) ? sentence : "unknown";
  }
}

export function findTimes(
  s: string,
  ref: Day | null,
  tense: Tense = tenseOf(s),
  fiscalEnd?: number,
  inMatch?: () => boolean,
): TimeMention[] {
  const ctx: RuleContext = { ref, tense, fiscalEnd, inMatch };
  const found = new Found(s);
  const keys = triggeredRules(s);
  applyRules(FIRST_RULES, keys, ctx, found);
  for (const m of chronoMentions(s, ref, found.cover)) found.add(m);
  applyRules(LATER_RULES, keys, ctx, found);
  const mentions = found.mentions.sort((a, b) => a.start - b.start);
  if (!keys.has("yearBefore")) return mentions;
  yearBefore(s, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

export function findShift(s: string): TimeShift | null {
  // One word test first: most sentences hold none of these words (measured cheaper than a substring
  // search for each).
  if (!opens(SHIFTING, s) || !SHIFT_WORD.test(s)) return null;
  SHIFT.lastIndex = 0;
  const m = SHIFT.exec(s);
  if (!m) return null;
  const words = m[1] ?? "1";
  const n = /^\d+$/.test(words)
    ? Number(words)
    : /^(a|an)$/i.test(words)
      ? 1
      : /few|several/i.test(words)
        ? 3
        : (parseNumberWords(words) ?? 1);
  // "The fire comes two weeks after the Palisades fires killed 28": what the sentence tells of came that
  // long before the story's time, not after it.
  const comes = COMES_BEFORE.test(s.slice(Math.max(0, m.index - 12), m.index)) ? -1 : 1;
  const sign = comes * (m[4] || /after|later/i.test(m[3]!) ? 1 : -1);
  const unit = (m[2] ?? m[4]!).toLowerCase();
  const months = unit.startsWith("month") ? n : unit.startsWith("year") ? 12 * n : 0;
  const days = unit.startsWith("week") ? 7 * n : unit.startsWith("day") ? n : 0;
  return {
    start: m.index,
    end: m.index + m[0].length,
    months: sign * months,
    days: sign * days,
    fromNow: comes < 0,
  };
}

/** Moves a period by a shift: "two weeks after [July 2025]" → mid-July to mid-August. */
export function applyShift(p: Period, shift: TimeShift): Period {
  return {
    start: addDays(addMonths(p.start, shift.months), shift.days),
    end: addDays(addMonths(p.end, shift.months), shift.days),
  };
}

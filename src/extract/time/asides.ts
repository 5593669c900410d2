// Asides: a time set off by commas that dates the thing a sentence names, not what the sentence says of
// it ("The service, launched in 2021, will expand …", "Nordhaven, which was founded in 1998, employs …").
import { LATER_ORDINAL } from "../lexicon/numbers.js";
import {
  NAMED_WITH_ORIGIN,
  ORIGIN_OPENERS,
  ORIGIN_VERBS,
  TIME_ZONES,
  WEEKDAY_NAMES,
} from "../lexicon/words.js";
import { HYPHENED_SUPERLATIVE, RANKS, SUPERLATIVES } from "../quantities/rank-patterns.js";
import { statesPast } from "./past-tense.js";
import { PRESENT_PERFECT } from "./sentence-times.js";

// "The service, launched in 2021, will expand to 40 cities" / "…, grew 40% in 2024": a past aside set off
// by commas dates the thing named, not what the sentence says of it ("first proposed in 2019" too).
const PARTICIPLE = String.raw`,\s*(?:\w+ly\s+|first\s+)?(?:[a-z]{3,}ed|built|set up|begun|made|won|held|sold|bought|founded|unveiled|written|signed|passed|taken|chosen)\s+`;
// "The minimum wage, raised to RM1,700 in February this year, will be reviewed in 2026": after the level.
const ASIDE_BEFORE = new RegExp(
  `${PARTICIPLE}(?:(?:to|at|by)\\s+(?:[^,\\s]|,\\d){1,20}\\s+)?(?:in|on|back in)\\s+$`,
  "i",
);
// "The RON95 subsidy, introduced in September, has saved …": the same with its "in" read into the time.
const PARTICIPLE_ASIDE = new RegExp(`${PARTICIPLE}$`, "i");
// "a new national plan, to be published before Christmas, would aim to deliver 300,000 homes by 2030": when
// the thing named is due, set off by commas, is not what the sentence says of it.
const TO_BE_ASIDE =
  /,\s*(?:due\s+)?to\s+be\s+[a-z]{3,}(?:ed|en|wn)\s+(?:in|on|by|before|after|from|until|at)?\s*$/i;
// "The previous government, led by the Social Democrats since 2009, lost …": an aside further from its
// time, told of the sentence's subject (the first comma, after a few words and no figure).
const SUBJECT_ASIDE =
  /^[^,\d]{1,60},\s*(?:\w+ly\s+|first\s+)?(?:[a-z]{3,}ed|led|run|built|begun|made|won|held|owned|sold|bought|founded|written|taken|known|grown)\s[^,]{0,60}$/;
const MOVE_ASIDE = /^[^,\d]{1,60},\s*(?:up|down|off)\s+[^,]{1,40}$/;
// "Revenue, which rose 5% in 2023, is expected to grow 3% next year": so is a relative clause, in a
// sentence that looks ahead; closing the sentence, one telling how long something has been so ("will take
// over, replacing Jo Park, who had held the job since 2022").
// So is one inside an apposition: "Load shedding, the rolling blackouts that have plagued the country since
// 2008, cost the economy R900m a day last year".
const RELATIVE_BEFORE =
  /,\s*(?:which|who|whose|(?:the|an?)\s+(?:[\w-]+\s+){1,3}?(?:that|which|who))\b[^,]{0,80}$/i;
// "Apple's shares, which have gained 20% this year, fell 1%", "which had risen about 40% in the past year,
// closed at €13.18": a clause in the present or past perfect is background to what the sentence reports,
// whatever its tense.
const PERFECT_BEFORE = /,\s*(?:which|who)\s+(?:has|have|had)\b[^,]{0,80}$/i;
/** Where the comma that closes an aside around `m` stands (within 60 characters after it, room for "…
 *  last year to become Britain's fourth-largest supermarket,"; with one somewhere before it), or -1:
 *  every aside is set off by commas on both sides. */
function closingComma(s: string, m: { start: number; end: number }): number {
  const comma = s.indexOf(",", m.end);
  return comma < 0 || comma > m.end + 60 || s.lastIndexOf(",", m.start) < 0 ? -1 : comma;
}

/** Whether `s` tells anything in the past outside [start, end). */
const pastOutside = (s: string, start: number, end: number) =>
  statesPast(s.slice(0, start) + s.slice(end));

// How a thing began: "which was first held in 1974", "which began in 1950", "who founded it in 1998".
const ORIGIN = new RegExp(`\\b(?:${ORIGIN_VERBS})\\b`);
/** "About 48,000 runners took part, a record for the race, which was first held in 1974": a relative clause
 *  ending the sentence that tells how a thing began, with no figure of its own, dates the thing, not a past
 *  main clause; nor does one after a figure told of now. */
function trailingRelative(s: string, m: { start: number; end: number }): boolean {
  if (s.includes(",", m.end)) return false;
  const at = Math.max(s.lastIndexOf(", which ", m.start), s.lastIndexOf(", who ", m.start));
  if (at < 0 || m.start - at > 90) return false;
  const clause = s.slice(at, m.start) + s.slice(m.end);
  if (/\d/.test(clause)) return false;
  const main = s.slice(0, at);
  // "Arsenal have 61 points, two more than Liverpool, who play Manchester United on Sunday".
  return ORIGIN.test(clause)
    ? statesPast(main)
    : /\d/.test(main) && !statesPast(main) && !/[;:]/.test(clause) && !runsToNow(s, m);
}

// "Fuel duty will stay frozen, keeping the 5p cut introduced in 2022": in a sentence that looks ahead, a
// thing named after a comma with when it began is background, not when the claim is ("due to be introduced
// in 1988" is when it will begin; "A hearing began in December and is expected to last" is a clause of its own).
const PARTICIPLE_BEFORE = new RegExp(
  `,[^,]{0,60}\\s(?:the|a|an|its|their|this)\\s(?:[\\w-]+\\s){0,3}?(?<!\\bbe\\s)(?:${NAMED_WITH_ORIGIN})\\s+(?:in\\s+|on\\s+|last\\s+)?$`,
);

// "with tariffs on exports at 10% under a deal struck in May": what a figure stands under, named with when
// it began, is background in any tense.
const UNDER_A_THING = new RegExp(
  `\\b(?:under|through|via)\\s+(?:the|a|an|its|their|this)\\s(?:[\\w-]+\\s){0,3}?(?:${NAMED_WITH_ORIGIN})\\s+(?:in\\s+|on\\s+|last\\s+)?$`,
);

// "Swiss glaciers lost 2.4% of their volume, after losing 10% in 2022": what came before, in a clause
// closing the sentence, is background to the figure the sentence reports.
// "reached her second straight final after losing at Wimbledon in July", "was sentenced to four years after
// pleading guilty in 2023": with no comma too, after a figure or a rank the sentence reports.
const AFTER_DOING =
  /,\s*(?:after|before|having)\s+[a-z]+ing\b[^,;]{0,55}$|\s(?:second|third|fourth|fifth|straight|consecutive|\d|one|two|three|four|five|six|seven|eight|nine|ten)[^,;]{0,60}\safter\s+[a-z]+ing\b[^,;]{0,40}$/;
// "Dependants fell by 80%, after the government banned most students from bringing family from January":
// so is what another did first, told in a clause of its own.
const AFTER_ANOTHER =
  /,\s*(?:after|because)\s+(?:the|a|an|its|their|his|her|it|they|[A-Z])[^,;]{0,100}?\s(?:[a-z]{3,}ed|cut|set|put|hit|began|took|made|won|lost|left|said|told|came|went)\b[^,;]{0,160}$/;
// "England had won their previous nine tests, a run that began with a loss in Auckland in July 2024": when a
// run or a streak the sentence sums up began is background to it.
const RUN_BEGAN =
  /,\s*(?:a|an|the)\s+(?:[a-z]+\s+)?(?:run|streak|sequence|spell|series|stretch)\s+(?:that|which)\s+(?:began|started)\b[^,;]{0,100}$/;
// "It is the third named storm of the season, after Amy in October and Benjamin earlier this month": the
// ones before it in the count are background to the rank.
const RANKED_AFTER = new RegExp(String.raw`\b${LATER_ORDINAL}\b[^,;]{0,60},\s*after\s[^;]{0,100}$`);
// "Typhoon Kalmaegi killed at least 188 people, making it the deadliest storm to hit the country this year",
// "…, the biggest drop since 2008": a closing clause that ranks what the sentence reports names the span
// it ranks within, not when it happened.
const RANKED_WITHIN = new RegExp(
  `^,\\s*(?:(?:making|marking|becoming|leaving)\\s+(?:it|them|this|that|him|her)\\s+)?(?:the|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}?(?:${RANKS}|record|first)\\b[^,;]{0,80}$`,
);
// "took almost two minutes off the previous mark of 2:11:53, set by Tigst Assefa in Berlin last year", "29%
// below its record high of $126,272 set on Oct. 6": when a record the sentence measures against was set is
// background to what the sentence reports ("The lowest maximum on record was set in 2017" tells when it was).
const RECORD_SET =
  /\b(?:record|mark|best|high|low|peak)\b(?:[^,;]|,\d){0,30}?,?\s+(?<!\b(?:was|were|is|are|been)\s+)(?:first\s+)?(?:set|established|achieved|reached|recorded|posted)\s+(?:by|in|at|on|during)\b[^,;]{0,80}$/;
// "That was in line with its preliminary estimate earlier this month", "beat the forecast it gave in
// May": when an estimate measured against was made is background to what the sentence reports.
const ESTIMATE_MADE =
  /\b(?:in\s+line\s+with|above|below|ahead\s+of|short\s+of|than|beat(?:ing|s)?|miss(?:ed|ing|es)?|topp(?:ed|ing)|exceed(?:ed|ing|s)?)\s+(?:its|their|the|an?|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:estimates?|forecasts?|guidance|projections?|outlook|targets?)\s+(?:(?:it|they)\s+(?:gave|made|issued|set|published)\s+|(?:made|given|issued|set|published|released)\s+)?$/;
// "surpasses the £115m Chelsea paid Brighton for Moises Caicedo in 2023": when a figure the sentence
// beats was set is background too.
const FIGURE_BEATEN =
  /\b(?:surpass(?:es|ed|ing)?|eclips(?:es|ed|ing|e)|beat(?:s|ing)?|overtak(?:es|ing|e)|tops|topping|exceed(?:s|ed|ing)?)\s+(?:the|a)\s+(?:[^,;\d]{0,20})?[$£€¥]?\d[^,;]{0,80}$/;
const rankedWithin = (s: string, m: { start: number }) => {
  const comma = s.lastIndexOf(",", m.start);
  // The clause the pattern allows is short: a bounded look keeps a long sentence of many times linear.
  return comma >= 0 && m.start - comma < 200 && RANKED_WITHIN.test(s.slice(comma, m.start));
};

// "Born in Leeds in 1933, she qualified in 1957", "Launched in 2018, the probe has now completed 22 orbits":
// an opening clause telling how its subject began dates the subject, not the claim.
// "Born in Brigg, Lincolnshire, in 1929, she …": the place may carry its county.
const OPENS_WITH_ORIGIN = new RegExp(
  `^[\\s"“]*(?:${ORIGIN_OPENERS})\\s[^,]{0,60}(?:,\\s+[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,2},\\s+(?:in|on)\\s+)?$`,
);
const CLOSES_CLAUSE = /^[^,]{0,40},/;

// How the speaker or the subject began or ended: "who took over in 2022", "who died in 2021 aged 94".
const TOOK_UP =
  /\b(?:took\s+over|took\s+office|joined|became|died|retired|resigned|was\s+(?:appointed|elected|named|born))\b/;
const SAYS_NEXT =
  /^\s*(?:said|says|told|tells|added|argued|argues|warned|wrote|insisted|insists|thinks|believes)\b/;

// "The fine, which is about 0.5% of Apple's turnover, follows a complaint by Spotify in 2019": the time of
// what a thing follows or comes after is not the thing's.
const FOLLOWS_A =
  /\b(?:follows|followed|comes\s+(?:after|amid)|came\s+(?:after|amid))\s+(?:an?|the|its|their|his|her)\s+[^,;.]{0,60}$/;

/** "since 2009": a time that runs to now. */
const runsToNow = (s: string, m: { start: number; end: number }) =>
  /^since\b/i.test(s.slice(m.start, m.end));

// '"People are feeling the pinch," said Sarah Ortiz, a nurse who voted for Trump in November': after a
// quote's speaker, the words tell who they are, not when what they said was — unless they add something
// (", adding that sales would rise in 2026") or state a figure ("who had expected third-quarter earnings
// of 55 cents").
const SPEAKER_TAIL = /[”"]\s*(?:said|says|added|told\s+\w+)\s+[A-Z][^,;“”"]{0,60},[^“”"]{0,160}$/;
const TAIL_STATES = /\badd(?:ing|ed)\b|\d/;
// The tail is read within its longest reach before the time: a sentence of thousands of times stays linear.
const TAIL_REACH = 240;
function inSpeakerTail(s: string, m: { start: number }): boolean {
  if (m.start < 20) return false;
  const from = Math.max(0, m.start - TAIL_REACH);
  const before = s.slice(from, m.start);
  if (!before.includes("said ")) return false;
  const tail = SPEAKER_TAIL.exec(before);
  return tail !== null && !TAIL_STATES.test(s.slice(from + tail.index + tail[0].indexOf(",", 2)));
}

// "It was the deadliest flood in Spain since 1973", "the first time since 2008 that …", "the union's 14th and
// 15th rounds of action since July 2022": after a superlative or a rank,
// "since" names the span the thing is ranked within, not when it was.
const RANKED_SINCE = new RegExp(
  `(?:\\b(?:${SUPERLATIVES.join("|")}|record|first|\\d+(?:st|nd|rd|th))\\b|${HYPHENED_SUPERLATIVE})[^,;]{0,60}$`,
);

// "Solar contributed a record 8.2%, helped by the sunniest June since 1957": a record named as the cause
// of a figure dates the cause, not the figure.
const CAUSED_BY = String.raw`,\s*(?:\w+ly\s+)?(?:helped|boosted|driven|fuell?ed|hit|hurt|lifted|aided|held\s+back|dragged\s+down|weighed\s+down)\s+by\s+(?:the|a|an|its|their)\s+`;
const CAUSED_BY_RECORD = new RegExp(
  `${CAUSED_BY}[^,;]{0,40}?\\b(?:${SUPERLATIVES.join("|")}|record)\\b[^,;]{0,30}$`,
);
// "sold 1.44 lakh units, up 10 per cent, helped by the GST rate cut that came into effect on September 22":
// so does a cause named with when it began.
const CAUSED_BY_STARTED = new RegExp(
  `${CAUSED_BY}[^,;]{0,60}?\\s(?:that|which)\\s+(?:came\\s+into\\s+(?:effect|force)|took\\s+effect|(?:was|were)\\s+(?:${NAMED_WITH_ORIGIN}|announced|approved)|${ORIGIN_VERBS})\\s+(?:on\\s+|in\\s+|from\\s+)?$`,
);

// "an outbreak that began in January has sickened more than 760 people": when the thing named began, in a
// clause of its own, is background to what it has done by now.
const BEGAN_THAT =
  /\b(?:that|which)\s+(?:began|started|broke\s+out|erupted|emerged)\s+(?:in\s+|on\s+)?$/;
const PERFECT_NEXT = /^\s+(?:has|have)\s/;

const REACHED_BEFORE =
  /^,\s*(?:which|that)\s+(?:had\s+)?(?:hit|peaked|reached|touched|topped)\b(?:\s+at)?\s+(?:a\s+)?(?:record\s+|peak\s+(?:of\s+)?|high\s+of\s+)?[$€£¥R]?\d/;
const RECURS =
  /^,\s*(?:which|that)\s+(?:usually\s+|normally\s+|typically\s+)?(?:begins|starts|ends|runs|opens|closes|falls|peaks|lasts|takes\s+place|is\s+held)\b/;

// "Temperatures reached 27C, unusually warm for late September": the time a figure is judged typical of,
// not when it was.
const FOR_THE_SEASON =
  /\b(?:warm|cold|hot|wet|dry|mild|chilly|high|low|early|late|busy|quiet|normal|usual)\s+for\s+$/i;

// "Barclays has been fined £40m for failing to disclose fees … at the height of the 2008 financial crisis",
// "He has been jailed for six years for a fraud in 2019", "must pay £18.2m for paying two dividends in 2024":
// what the penalty is for is background to it.
const PENALISED_FOR =
  /\b(?:(?:has|have)\s+been\s+(?:fined|jailed|sentenced|charged|banned|sued|penali[sz]ed|censured|ordered\s+to\s+pay|convicted|disqualified|suspended|stripped))\b(?:[^.;]|\.\d)*?\sfor\s+(?:[a-z]+ing|an?|its|their|his|her|the)\b[^;]*$|\b(?:must|will|has\s+to|have\s+to)\s+pay\b(?:[^.;]|\.\d)*?\sfor\s+[a-z]+ing\b[^;]*$/;
// "Planners have approved 1,200 homes on an airfield that was used by bombers during the Second World
// War": a closing clause telling what the thing named was once, after a main clause of now.
const ONCE_WAS =
  /\b(?:that|which)\s+(?:was|were|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|ght)\b[^,;]{0,80}$/;
// "against a target of 92% which has not been met since 2015": how long the thing named has been so, in a
// closing clause.
const NOT_SINCE = /\b(?:that|which)\s+(?:has|have)\s+(?:not|never)\s+been\s+[a-z]+\s+$/;
const ENDS = /^[\s.!?"”]*$/;
function onceWas(s: string, m: { start: number; end: number }): boolean {
  if (!ENDS.test(s.slice(m.end))) return false;
  if (NOT_SINCE.test(s.slice(Math.max(0, m.start - 60), m.start))) return true;
  const from = Math.max(0, m.start - 120);
  const clause = ONCE_WAS.exec(s.slice(from, m.start));
  if (!clause) return false;
  const main = s.slice(0, from + clause.index);
  return PRESENT_PERFECT.test(main) || !statesPast(main);
}

// "The company, founded in 1946 in Ballymena, Northern Ireland, had debts of about £45 million": how the
// thing set off by commas began dates the thing, not what the sentence tells of it.
const SET_OFF_ORIGIN = new RegExp(
  `,\\s*(?:(?:which|who)\\s+(?:was|were)\\s+)?(?:first\\s+)?(?:${NAMED_WITH_ORIGIN})\\s+(?:in|on)\\s+$`,
);

// "The quake hit at 7:58 a.m. (2358 GMT Tuesday)": the hour in another zone, with its day, restates when.
const CLOCK_IN_GMT = new RegExp(String.raw`\(\s*\d{3,4}\s+(?:${TIME_ZONES.join("|")})\s+$`);

// "ticket prices for Sunday's final have reached $2,500": a day owning an event, in a sentence of what has
// happened by now, names the event, not when the figure was ("Turnout in Sunday's election was 68%" is).
const DAY_OWNS = new RegExp(`^(?:${WEEKDAY_NAMES})['’]s\\s`);

/** Whether the mention at `m` lies in an aside of `s`; `ahead`: the sentence looks ahead or says "now". */
export function aside(s: string, m: { start: number; end: number }, ahead: boolean): boolean {
  if (inSpeakerTail(s, m)) return true;
  if (
    s.charCodeAt(m.start - 1) === 32 &&
    CLOCK_IN_GMT.test(s.slice(Math.max(0, m.start - 16), m.start))
  )
    return true;
  if (SET_OFF_ORIGIN.test(s.slice(Math.max(0, m.start - 40), m.start))) return true;
  if (DAY_OWNS.test(s.slice(m.start, m.end + 3)) && PRESENT_PERFECT.test(s)) return true;
  if (runsToNow(s, m) && RANKED_SINCE.test(s.slice(Math.max(0, m.start - 70), m.start)))
    return true;
  if (FOR_THE_SEASON.test(s.slice(Math.max(0, m.start - 30), m.start))) return true;
  if (OPENS_WITH_ORIGIN.test(s.slice(0, m.start)) && CLOSES_CLAUSE.test(s.slice(m.end, m.end + 41)))
    return true;
  if (!ahead && UNDER_A_THING.test(s.slice(Math.max(0, m.start - 60), m.start))) return true;
  // Most mentions have no comma after them, and this look costs less than any pattern below.
  const comma = closingComma(s, m);
  if (comma < 0)
    return (
      AFTER_DOING.test(s.slice(Math.max(0, m.start - 70), m.start)) ||
      AFTER_ANOTHER.test(s.slice(Math.max(0, m.start - 280), m.start)) ||
      rankedWithin(s, m) ||
      (s.includes(" began") && RUN_BEGAN.test(s.slice(Math.max(0, m.start - 160), m.start))) ||
      (s.includes(" after ") && RANKED_AFTER.test(s.slice(Math.max(0, m.start - 170), m.start))) ||
      RECORD_SET.test(s.slice(Math.max(0, m.start - 150), m.start)) ||
      ((s.includes(" that ") || s.includes(" which ")) && onceWas(s, m)) ||
      ESTIMATE_MADE.test(s.slice(Math.max(0, m.start - 80), m.start)) ||
      ((s.includes(" been ") || s.includes(" pay ")) &&
        PENALISED_FOR.test(s.slice(Math.max(0, m.start - 200), m.start))) ||
      FIGURE_BEATEN.test(s.slice(Math.max(0, m.start - 120), m.start)) ||
      ((s.includes(" follow") || s.includes(" came ") || s.includes(" comes ")) &&
        FOLLOWS_A.test(s.slice(Math.max(0, m.start - 80), m.start))) ||
      (s.includes(" by ") &&
        (CAUSED_BY_RECORD.test(s.slice(Math.max(0, m.start - 120), m.start)) ||
          CAUSED_BY_STARTED.test(s.slice(Math.max(0, m.start - 160), m.start)))) ||
      (PERFECT_NEXT.test(s.slice(m.end, m.end + 6)) &&
        BEGAN_THAT.test(s.slice(Math.max(0, m.start - 30), m.start)) &&
        PRESENT_PERFECT.test(s.slice(m.end, m.end + 60))) ||
      (ahead
        ? PARTICIPLE_BEFORE.test(s.slice(Math.max(0, m.start - 100), m.start)) ||
          (runsToNow(s, m) && RELATIVE_BEFORE.test(s.slice(Math.max(0, m.start - 90), m.start)))
        : trailingRelative(s, m))
    );
  if (s.slice(m.end, comma).trim() === "") {
    const before = s.slice(Math.max(0, m.start - 40), m.start);
    if (ASIDE_BEFORE.test(before) || TO_BE_ASIDE.test(before)) return true;
    // Told of a subject in the past, it is the sentence's time too, as below; not in the perfect.
    if (
      PARTICIPLE_ASIDE.test(before) &&
      (!pastOutside(s, s.lastIndexOf(",", m.start), comma) ||
        PRESENT_PERFECT.test(s.slice(comma, comma + 60)))
    )
      return true;
  }
  // "Apple shares, down about 17% this year, rose 2% in after-hours trading": a move set off beside the
  // subject is background to what the sentence reports.
  if (m.start <= 100 && MOVE_ASIDE.test(s.slice(0, m.start))) return true;
  // Told of a subject in the past ("The survey, conducted in February, was based on …"), the aside's time
  // is the sentence's too, unless it runs to now ("since 2009") or the sentence is not past ("funds,
  // launched in January, have drawn inflows of $30bn" tells what has happened by now).
  if (
    m.start <= 130 &&
    SUBJECT_ASIDE.test(s.slice(0, m.start)) &&
    (runsToNow(s, m) ||
      !pastOutside(s, s.indexOf(","), comma) ||
      PRESENT_PERFECT.test(s.slice(comma, comma + 60)))
  )
    return true;
  const from = Math.max(0, m.start - 90);
  const before = s.slice(from, m.start);
  if (ahead) return RELATIVE_BEFORE.test(before);
  if (PERFECT_BEFORE.test(before)) return true;
  // "Nordhaven, which was founded in 1998, employs 6,500 people": outside its relative clause the
  // sentence tells nothing past, so the clause is background to what is now.
  const relative = RELATIVE_BEFORE.exec(before);
  if (relative === null) return false;
  // "Nordhaven, which was founded in 1998, carried 3.1 million passengers", "Thomas Woldbye, who took over
  // in 2022, said …": how the thing or the speaker began, or who is speaking, is background whatever the
  // tense.
  const clause = s.slice(from + relative.index, comma);
  // "The Conservatives, who held the seat until 1997, came third": a state that ended then, too.
  if (
    ORIGIN.test(clause) ||
    TOOK_UP.test(clause) ||
    SAYS_NEXT.test(s.slice(comma + 1, comma + 16)) ||
    /^until\b/i.test(s.slice(m.start, m.end))
  )
    return true;
  // "warned that the monsoon season, which begins in May, could worsen the crisis": a clause in the present
  // tells when the thing named recurs, not when the sentence's claim is.
  if (RECURS.test(clause)) return true;
  // "Food inflation, which hit 11.4% in March 2023, eased to 4.3%": a peak or level the thing reached
  // before is background to where it is now.
  if (REACHED_BEFORE.test(clause)) return true;
  // "Salah, whose contract expires in June, has been involved in 21 goals": what has happened by now.
  const outside = s.slice(0, from + relative.index) + s.slice(comma);
  return !statesPast(outside) || PRESENT_PERFECT.test(outside);
}

/** Whether the mention at `m` lies in a relative clause set off by commas (", which … in 1998,"). */
export function inRelative(s: string, m: { start: number; end: number }): boolean {
  return (
    closingComma(s, m) >= 0 && RELATIVE_BEFORE.test(s.slice(Math.max(0, m.start - 90), m.start))
  );
}

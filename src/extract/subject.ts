// Stage 5b: whom or what a claim is about — its first proper name that is not a date, a function word or
// a word that only describes a figure. Subjects key cross-article relations (src/match), so a wrong one
// is worse than none: two claims are compared only when their subjects are the same.

import { CURRENCY_PREFIX } from "./lexicon/currencies.js";
import { parseNumberWords, TENS, UNITS } from "./lexicon/numbers.js";
import { NEWS_OUTLETS } from "./lexicon/outlets.js";
import { PERSON_ROLES, PLAYER_ROLES, ROLE_BEFORE_NAME } from "./lexicon/people.js";
import { COUNTRY, DEMONYMS } from "./lexicon/places.js";
import {
  BODY_KINDS,
  BODY_TAIL_WORDS,
  COUNTED_NOUNS,
  DESCRIBING_COMPOUND,
  DESCRIBING_WORDS,
  INITIALS,
  NAMED_FOR_OWNER_WORDS,
  NAMES_ENDING_ING,
  NOT_SUBJECT_WORDS,
  ORGANISATION_NOUNS,
  SOURCE_BODY_WORDS,
} from "./lexicon/subjects.js";
import {
  FUNCTION_WORDS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  MONTH_OPENINGS,
  WEEKDAY_NAMES,
} from "./lexicon/words.js";
import { namedInside, opensOnly, writtenOnce } from "./openers.js";
import { bodyNamedAfter } from "./speakers.js";
import { aboutUnnamed, bodySpeaks, namelessSpans } from "./subject-skips.js";
import type { Quantity, Span } from "./types.js";

const NOT_SUBJECT: ReadonlySet<string> = new Set(NOT_SUBJECT_WORDS);
const CURRENCY_WORD: ReadonlySet<string> = new Set(
  Object.keys(CURRENCY_PREFIX).filter((p) => /^[A-Z][A-Za-z.]+$/.test(p)),
);
const AMOUNT_AFTER = /^\s?\d/;
// Alone no subject ("Pre-tax profit rose", "Local shops closed"); within a name part of it.
const DESCRIBING: ReadonlySet<string> = new Set(DESCRIBING_WORDS);
const COUNTED: ReadonlySet<string> = new Set(COUNTED_NOUNS);
const NAMED_FOR_OWNER: ReadonlySet<string> = new Set(NAMED_FOR_OWNER_WORDS);

// Letters of Latin-script names ("Luís Montenegro", "Gdańsk") count as word letters.
const PROPER =
  "(?:[A-Z\\u00C0-\\u00DE][\\w\\u00C0-\\u024F&'’.-]*|[a-z]+[A-Z][\\w\\u00C0-\\u024F&'’.-]*)";
// Lower-case words inside a name: "Bank of England", "Office for National Statistics", "Ruud van
// Nistelrooy"; whole words ("la" is not the start of "largest").
const JOINERS = "of|for|and|&|de|la|van|von|der|den|du|da";
const JOINER = new RegExp(`^(?:${JOINERS}|on)$`);
const ARTICLE = /^(?:The|A|An)$/;
// "The Project on Government Oversight", "the Council on Foreign Relations"; not "Apple on Monday", "the
// Security Council on Aug. 6", "the Atlantic on Thanksgiving Day".
const ON_NAME = `on(?=\\s+(?!${WEEKDAY_NAMES}|${MONTH_OPENINGS}|Thanksgiving|Christmas|Easter|New\\s+Year|[A-Z][a-z]+\\s+Day\\b)[A-Z])`;
const isLowerCode = (c: number) => c >= 97 && c <= 122;
const NAME = new RegExp(`\\b${PROPER}(?:\\s+(?:${PROPER}|(?:${JOINERS})(?=\\s)|${ON_NAME}))*`, "g");
// "Wildfires in Los Angeles have killed …", "Growth in China slowed": an opening word placed in or at a
// name is what happened there; the name is the subject.
const PLACED = /^\s+(?:in|at|across|from)\s+(?:the\s+)?[A-Z]/;
// "Winds of up to 70 mph", "Floods of this size": a plural common noun opening the sentence, measured.
const PLURAL = /^[A-Z][a-z]+[^s]s$/;
const OF_AFTER = /^\s+of\s/;
// "Scrapping it would cost £3.5bn", "Raising the rate would …": a verb's -ing form opening the sentence
// on its object is what would be done, no name.
const DEMONYM: ReadonlySet<string> = new Set(DEMONYMS);
const LOWER_WORD_AFTER = /^\s[a-z]/;
const GERUND = /^[A-Z][a-z]{2,}ing$/;
const ING_NAME: ReadonlySet<string> = new Set(NAMES_ENDING_ING);
const isGerund = (name: string) => GERUND.test(name) && !ING_NAME.has(name);
// "Counting of postal votes will continue": so is one followed by what it is of (not "Manning of the Giants");
// and "Paying business users rose", "Rising prices hit …": one describing the noun after it.
const GERUND_OBJECT =
  /^\s+(?:(?:it|them|this|that|these|those|the|a|an|its|their)\b|of\s+(?:the\s+)?[a-z])/;
// "Japan's Toyota", "China's biggest chipmaker SMIC": a country's possessive describing a name after it.
const POSSESSIVE = /^(.+)['’]s$/;
// Describing words only: "China's share of Nvidia's revenue" is China's.
// Not a month or a day: "Australia's first home defeat since September 2024" is Australia's.
const DESCRIBES_NAME = new RegExp(
  `^\\s+(?:(?!(?:of|in|for|to|at|on|by|from|with|and)\\s)[a-z][\\w-]*\\s+){1,4}(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\\b)[A-Z]`,
);
// "Labour leader Keir Starmer won 411 seats": where a person who acts works, before their role and name.
const ROLE_AFTER = new RegExp(`^\\s+${ROLE_BEFORE_NAME}`);
// "Council leader Marvin Rees said", "Club captain Sam Kerr scored": a kind of body, capitalised only as
// the sentence's first word, before a role and a name, names no body; the person is who acts.
const BODY_KIND: ReadonlySet<string> = new Set(ORGANISATION_NOUNS);
const ROLE_AND_NAME_AFTER = new RegExp(
  `^\\s+(?:${[...PLAYER_ROLES, ...PERSON_ROLES].join("|")})\\s+[A-Z]`,
);
const OPENS_CLAIM = /^[\s"“‘]*$/;
const kindBeforeRole = (claim: string, words: string[], at: number, end: number) =>
  words.length === 1 &&
  BODY_KIND.has(words[0]!.toLowerCase()) &&
  OPENS_CLAIM.test(claim.slice(0, at)) &&
  ROLE_AND_NAME_AFTER.test(claim.slice(end, end + 40));
// "Security firm Qihoo 360 placed orders", "Research group Canalys said": an opening word telling what kind
// of firm the name after it is.
const KIND_OF_FIRM = new RegExp(
  `^\\s+(?:${[...BODY_KINDS, "giant", "maker", "operator", "retailer", "carrier", "start-?up", "chain"].join("|")})\\s+[A-Z]`,
);
// "Europe's biggest carmaker employs 120,000": opening the claim, the place is where the unnamed thing
// ranks, which is what the claim is about, and no name later in it is ("rallied in Cuba's biggest cities"
// is about Cuba).
const RANKS_WITHIN = /^\s+(?:biggest|largest|top|leading|richest|busiest|oldest|second-|third-)/;
// "Twenty-six officers were injured", "Thousands of people marched": a count, not a name.
const VAGUE_COUNTS = /^(?:Dozens|Scores|Hundreds|Thousands|Tens|Millions|Billions)$/;
// Most names start with no number word: a cheap look before the parse.
const NUMBER_START = new RegExp(
  `^(?:${[...Object.keys(UNITS), ...Object.keys(TENS)].join("|")})(?:-|$)`,
  "i",
);
const isNumberWord = (w: string) =>
  VAGUE_COUNTS.test(w) || (NUMBER_START.test(w) && parseNumberWords(w.toLowerCase()) !== null);
// What may come before a claim's first word: space and opening quotes or brackets.
const OPENING = /^[\s"“‘'(]*$/;
const MONTH_OR_DAY = new RegExp(
  `^(?:${MONTH_NAMES}|${WEEKDAY_NAMES}|(?:${MONTH_ABBREVIATIONS})\\.?)$`,
);

// "Nationally, knife crime rose 2%": an adverb opening the sentence.
const ADVERB = /^[A-Z][a-z]+ly$/;
// "Insured losses could reach …", "Natural gas prices rose", "Rival firms cut prices", "Teacher-assessed
// grades were used": a word shaped as an adjective, opening the sentence before a word in lower case that is no verb, describes what follows
// ("Consolidated said …", "Signal has …" stay names, as do words the story capitalises inside a sentence:
// "Stratified Capital said" in a story that writes "shares in Stratified").
// A hyphened word in lower case after its capital describes too ("Full-price sales were up"; "Coca-Cola"
// capitalises its second part, and a story writing "the Co-op" inside a sentence keeps it a name).
// Not "-al", "-ic" or "-ary": as many names end so ("Arsenal", "Celtic", "Hungary") as adjectives do; the
// common ones are describing words in the lexicon.
const ADJECTIVE =
  /^[A-Z][a-z]{2,}(?:-[a-z]+)*(?:ed|ive|ous|ful|less|able|ible)$|^[A-Z][a-z]+(?:-[a-z]+)+$/;
// "Impairment charges rose", "Production costs fell": an abstract noun's ending marks a common word opening
// the sentence before the noun it describes, as an adjective's does (names seldom end so; a government, a
// parliament or a department is who acts: "Government spending" is the government's).
const ABSTRACT_NOUN =
  /^(?!Government|Parliament|Department)[A-Z][a-z]{3,}(?:ment|tion|sion|ness|ity|ance|ence|ism|ship)$/;
// "A Pentagon spokesman", "The Maariv newspaper", "The Alberta provincial government": a word telling what
// kind of body or person a name is marks it a name, however seldom the story writes it; so does a name joined
// to another ("Standard and Poor's", "Standard amp Poor's" as wire copy mangles "&").
const NAME_KIND_AFTER = new RegExp(
  `^\\s+(?:${[...ORGANISATION_NOUNS, ...PERSON_ROLES, "newspaper", "provincial", "regional", "state", "federal", "city", "county", "amp", "and"].join("|")})\\b`,
);
const BEFORE_A_NOUN =
  /^\s+(?!(?:said|says|told|tells|has|had|have|is|was|are|were|will|would|can|could|may|might|must|shall|should|did|does|also|plans|expects|reports|warns|adds|announces)\b)[a-z][a-z-]*[a-df-z]\b(?<!ed)/;

// "…, the chief executive told Reuters", "he said in an interview with Bloomberg", "the carrier said in a
// filing to the Australian Securities Exchange": whom a speaker addressed is not what the claim is about.
// "Analysts polled by Reuters": who ran the poll is not what it is about either.
const ADDRESSED =
  /\b(?:told|tells|telling|(?:interview|statement|letter|remarks|comments|briefing|filing|submission|presentation|note)\s+(?:with|to)|(?:polled|surveyed|questioned|interviewed|contacted)\s+by)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/;
// "…, Bloomberg reported", "the Financial Times said": an outlet reporting a figure is its source.
const OUTLET: ReadonlySet<string> = new Set(NEWS_OUTLETS);
const REPORTING = new RegExp(
  String.raw`^,?\s+(?:\(${INITIALS}\)\s+)?(?:(?:has|had|first)\s+)?(?:reported|reports|said|says|wrote|writes|revealed|found|learned|calculated|cited|citing|quoted)\b`,
);
// "…, the Office for National Statistics said": a body publishing figures, named after the figure as its
// source.
const SOURCE_BODY = new RegExp(`\\b(?:${SOURCE_BODY_WORDS.join("|")})\\b`);
// "Migration Observatory", "Crime Survey for England and Wales": what a figure measures opening a body's
// name is part of it.
const BODY_WORD: ReadonlySet<string> = new Set(SOURCE_BODY_WORDS);
const FUNCTION_WORD: ReadonlySet<string> = new Set(FUNCTION_WORDS);
const namesBody = (words: string[]) =>
  words.length > 1 && BODY_WORD.has(words[1]!) && !FUNCTION_WORD.has(words[0]!);
const AFTER_A_FIGURE = /,\s*(?:the\s+)?$/;
const INITIALS_AFTER = new RegExp(String.raw`^\s+\(${INITIALS}\)`);
const BODY_KIND_BEFORE = new RegExp(`\\b(?:${BODY_TAIL_WORDS.join("|")})\\s+$`);
// "the Model 3", "Nvidia's RTX 5090D", "the iPhone 16": a model number after a name is part of it, unless
// the stage before read it as an amount ("Tesla 500 cars" would be one).
const MODEL_NUMBER =
  /^\s(\d{1,4}[A-Z]{0,2})(?=[\s;)]|[,.](?!\d)|$)(?!\s+(?:%|per|million|billion|bn|to|times|am|pm|a\.m\.|p\.m\.)(?![\w.]))/;
function withModel(
  name: string,
  matched: string,
  claim: string,
  end: number,
  stated: readonly Span[],
): string {
  const model = matched.endsWith(name) ? MODEL_NUMBER.exec(claim.slice(end, end + 12)) : null;
  if (!model || /^(?:1[89]|20)\d\d$/.test(model[1]!)) return name;
  const at = end + 1;
  return stated.some((x) => x.start <= at && at < x.end) ? name : `${name} ${model[1]}`;
}

// "The Norway striker has now scored 14 goals", "The England captain": a person from the place, unnamed.
const PERSON_FROM = new RegExp(
  `^\\s+(?:[a-z]+\\s+)?(?:${[...PLAYER_ROLES, ...PERSON_ROLES].join("|")})\\b`,
);

/** Where `re` first matches in the claim (a clause whose names are not its subject), or null. */

/**
 * The claim's main named entity: the first proper name that is not a date or a function word. `story`
 * (the article, when there is one) tells a name from a common word capitalised only because it opens
 * the sentence ("Core inflation rose", "Retail sales in Britain fell"); `stated` (offsets in the claim, in
 * order) are where it states times and amounts; `spoken`, whether someone is named as asserting it.
 */
export function findSubject(
  claim: string,
  story: string = claim,
  stated: readonly Span[] = [],
  spoken = true,
): string | null {
  if (aboutUnnamed(claim)) return null;
  // Clauses and speakers whose names are not the subject.
  const skipped = namelessSpans(claim, spoken);
  let next = 0;
  NAME.lastIndex = 0;
  for (let m = NAME.exec(claim); m; m = NAME.exec(claim)) {
    const at = m.index;
    const end = at + m[0].length;
    if (skipped.some(([from, to]) => at >= from && at < to)) continue;
    // "sub-Saharan Africa", "non-GM accounts", "non-U.S. markets": a name after a lower-case prefix, and
    // the name it runs into, only describe (tested here: a lookbehind in the pattern costs every word).
    if (claim.charCodeAt(at - 1) === 45 && isLowerCode(claim.charCodeAt(at - 2))) continue;
    if (ADDRESSED.test(claim.slice(Math.max(0, at - 30), at))) continue;
    const written = m[0].split(/\s+/);
    const words = written.slice();
    // "Emigration of British nationals": a demonym ending the run of capitals describes the noun after it,
    // and the run is no name (an owner in it still is: "GM's North American vehicle production").
    if (
      words.length > 1 &&
      DEMONYM.has(words[words.length - 1]!) &&
      LOWER_WORD_AFTER.test(claim.slice(end, end + 3)) &&
      !words.some((w) => POSSESSIVE.test(w))
    )
      continue;
    // "Refunds of Rs 18,196 crore": a currency written before its amount ends no name.
    if (CURRENCY_WORD.has(words[words.length - 1]!) && AMOUNT_AFTER.test(claim.slice(end, end + 3)))
      words.pop();
    // "Major job cuts at AT and T. The long distance giant …": an article after a full stop opens the
    // next sentence, not a name's last word; nor is the day after a name part of it ("the World Court
    // Friday").
    while (
      words.length &&
      (JOINER.test(words.at(-1)!) ||
        ARTICLE.test(words.at(-1)!) ||
        MONTH_OR_DAY.test(words.at(-1)!))
    )
      words.pop();
    const named = words.length;
    while (
      words.length &&
      ((NOT_SUBJECT.has(words[0]!) && !namesBody(words)) ||
        MONTH_OR_DAY.test(words[0]!) ||
        (words.length === 1 && isNumberWord(words[0]!)) ||
        JOINER.test(words[0]!) ||
        /-based$|^(?:I|We|You|They|He|She|It|There|That|Here|What|Who|Let)['’]/.test(words[0]!))
    )
      words.shift();
    // "During the Cold War era", "In Q4", "RM120", "24,000 TEU": a name inside a time or an amount is
    // part of it. Names come in order, as do those spans: one pointer walks both, so many of each stay
    // linear.
    const keptAt = words.length ? at + m[0].indexOf(words[0]!) : at;
    while (next < stated.length && stated[next]!.end <= keptAt) next++;
    if (next < stated.length && stated[next]!.start <= keptAt) continue;
    // "the UK and Ireland", "the US and Canada": the second of two places is not the claim's alone.
    if (named - words.length > 1 && written.slice(0, named - words.length).includes("and"))
      continue;
    // The possessive may end a name of two words: "South Korea's Samsung".
    const owner = words.findIndex((w) => POSSESSIVE.test(w));
    if (owner >= 0 && owner < 2) {
      const possessor = `${words.slice(0, owner).join(" ")} ${POSSESSIVE.exec(words[owner]!)![1]}`;
      if (COUNTRY.has(possessor.trim())) {
        const after = m.index + m[0].length;
        const named = words[owner + 1];
        if (named) {
          if (!NOT_SUBJECT.has(named) && !DESCRIBING.has(named)) words.splice(0, owner + 1);
        } else if (DESCRIBES_NAME.test(claim.slice(after, after + 60))) continue;
        else if (
          RANKS_WITHIN.test(claim.slice(after, after + 20)) &&
          OPENING.test(claim.slice(0, at))
        )
          return null;
      }
    }
    const name = ownerName(words).replace(/[.,]$/, "");
    if (
      !name ||
      /^\d/.test(name) ||
      DESCRIBING.has(name) ||
      DESCRIBING_COMPOUND.test(name) ||
      COUNTED.has(name)
    )
      continue;
    // "Chinese AI companies", "Israeli and Palestinian positions": describing words alone, however many,
    // name no one.
    if (words.every((w) => DESCRIBING.has(w) || NOT_SUBJECT.has(w) || JOINER.test(w))) continue;
    if (
      (OUTLET.has(name) || (SOURCE_BODY.test(name) && AFTER_A_FIGURE.test(claim.slice(0, at)))) &&
      REPORTING.test(claim.slice(end, end + 24))
    ) {
      // Its initials after it are the same body: "the International Air Transport Association (IATA) said".
      const initials = INITIALS_AFTER.exec(claim.slice(end, end + 14));
      if (initials) NAME.lastIndex = end + initials[0].length;
      continue;
    }
    if (AFTER_A_FIGURE.test(claim.slice(0, at)) && bodyNamedAfter(claim, end)) continue;
    if (!spoken && ROLE_AFTER.test(claim.slice(end, end + 40))) continue;
    if (kindBeforeRole(claim, words, at, end)) continue;
    // "…, the federal statistics office Destatis said": a body's kind, then its name, speaking.
    if (
      BODY_KIND_BEFORE.test(claim.slice(Math.max(0, at - 30), at)) &&
      REPORTING.test(claim.slice(end, end + 24))
    )
      continue;
    if (
      words.length === 1 &&
      OPENING.test(claim.slice(0, m.index)) &&
      (PLACED.test(claim.slice(m.index + m[0].length, m.index + m[0].length + 20)) ||
        (ADVERB.test(name) && claim.charCodeAt(end) === 44) ||
        ((ADJECTIVE.test(name) || ABSTRACT_NOUN.test(name)) &&
          BEFORE_A_NOUN.test(claim.slice(end, end + 24)) &&
          !namedInside(name, story)) ||
        (PLURAL.test(name) && OF_AFTER.test(claim.slice(m.index + name.length))) ||
        (isGerund(name) &&
          (GERUND_OBJECT.test(claim.slice(at + name.length, at + name.length + 12)) ||
            (BEFORE_A_NOUN.test(claim.slice(end, end + 24)) && !namedInside(name, story)))) ||
        (BEFORE_A_NOUN.test(claim.slice(end, end + 24)) &&
          !NAME_KIND_AFTER.test(claim.slice(end, end + 24)) &&
          !COUNTRY.has(name) &&
          !/[.A-Z]/.test(name.slice(1)) &&
          writtenOnce(name, story)) ||
        KIND_OF_FIRM.test(claim.slice(end, end + 24)) ||
        (COUNTRY.has(name) && PERSON_FROM.test(claim.slice(end, end + 24))) ||
        opensOnly(name, story))
    )
      continue;
    return withModel(name, m[0], claim, end, stated);
  }
  // A body that spoke of nothing else named is the best the claim offers.
  return spoken && bodySpeaks(claim) ? findSubject(claim, story, stated, false) : null;
}

/** The name up to its first possessive ("Nvidia's China revenue" → Nvidia), unless the possessive is part
 *  of the name ("The King's Fund"). */
function ownerName(words: string[]): string {
  const joined = words.join(" ");
  if (!joined.includes("'") && !joined.includes("’")) return joined;
  for (let i = 0; i < words.length; i++) {
    // "Tata Motors' domestic sales": a plural's possessive is its apostrophe alone.
    const cut = words[i]!.search(/[’']s\b|(?<=s)[’']$/);
    if (cut < 0 || NAMED_FOR_OWNER.has(words[i + 1] ?? "")) continue;
    return [...words.slice(0, i), words[i]!.slice(0, cut)].join(" ");
  }
  return joined;
}

/** Where a claim states times and amounts, as offsets in the claim and in order: they never overlap. */
export function statedSpans(
  times: readonly Span[],
  amounts: readonly Quantity[],
  at: number,
): Span[] {
  const out: Span[] = [];
  let i = 0;
  for (const q of amounts) {
    const start = q.span.start - at;
    while (i < times.length && times[i]!.start < start) out.push(times[i++]!);
    out.push({ start, end: q.span.end - at });
  }
  while (i < times.length) out.push(times[i++]!);
  return out;
}

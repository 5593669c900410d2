// Who speaks across a story's sentences: a quote's speaker for each of its sentences, and who "he", "she",
// "it" and "they" are. What a single sentence names as its speaker is claimant.ts's.
import { attribution } from "./claimant.js";
import { PERSON_NOUNS, PERSON_ROLES, PERSON_TITLES } from "./lexicon/people.js";
import { COUNTRY } from "./lexicon/places.js";
import { ORGANISATION_NOUNS } from "./lexicon/subjects.js";
import { GROUP_NOUNS } from "./lexicon/words.js";
import { DOCUMENT_NOUNS } from "./sources.js";
import { CAPITALISED, DONE, NOT_A_NAME, NOT_A_PERSON } from "./speaker-names.js";
import { datelineOf } from "./text.js";

const OPENS_QUOTE = /^\s*[“"]/;
const QUOTE_MARKS = /[“”"]/g;

// "Heathrow Airport handled a record 83.9 million passengers in 2024, it said": before anyone has spoken,
// "it" is the thing the sentence opens on, told as doing something (not "Cuts of two billion dlrs would …").
// A capitalised name opening a sentence, not a word that opens sentences ("In", "The", "It").
const OPENING_NAME = String.raw`(?!(?:${NOT_A_NAME}|In|On|At|For|By|After|Before|During|A|An|The|This|That|These|Those|It|Its|There)\b)${CAPITALISED}`;
// So is a name after what kind of firm it is ("Lithium recycler Cyclic Materials has raised $120 million …,
// it said"), not after a person's role.
const OPENS_ON_NAME = new RegExp(
  String.raw`^[\s"“]*(?:[A-Z][a-z]+\s+(?!(?:${PERSON_ROLES.join("|")})\b)[a-z]+\s+(?=[A-Z]))?((?:The\s+)?${OPENING_NAME})\s+(?:${DONE}|has|had|have|is|was|will|expects|plans|grew|rose|fell|became|saw)\b`,
);
// "The government cut tax rates on 375 items. It said the cuts would cost …", "The council employs 6,500
// people. It expects to cut 200 posts": a body the sentence before opened on, doing something or being
// something without being quoted, is who "it" is next.
const THING_OPENS = new RegExp(
  String.raw`^[\s"“]*(The\s+(?:${ORGANISATION_NOUNS.join("|")}))(?:,\s[^;:“”"]{1,100}?,)?\s+(?:${DONE}|has|had|is|was|[a-z]{3,}s)\b`,
);
// "Gold miner Harmony jumped 4.1% after it said production rose": "it" in a clause hung on the sentence's
// own subject is that subject, whoever spoke before.
const IT_IN_CLAUSE = /\b(?:after|as|when|because|since|while|before|once|and)\s+it\s+[a-z]+/;
const SUBJECT_OPENS = new RegExp(
  String.raw`^[\s"“]*(?:[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}(?=[A-Z]))?(${OPENING_NAME})\s+(?:${DONE}|rose|fell|grew|saw)\b`,
);
const isPronoun = (w: string) => /^(?:he|she|they|it)$/i.test(w);
const DOCUMENT = new RegExp(String.raw`\b(?:${DOCUMENT_NOUNS})$`);
// "the senator", "the company's chief executive": someone "he" or "she" can be, though unnamed.
const PERSON_ROLE = new RegExp(
  String.raw`^(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}(?:${PERSON_ROLES.join("|")})$`,
  "i",
);
// "The Federation of Small Businesses" is no one "she" can be: a person's name opens without "The".
const isPerson = (name: string) =>
  PERSON_ROLE.test(name) ||
  (/^[A-Z]/.test(name) && !/^The\s/.test(name) && /\s/.test(name) && !DOCUMENT.test(name));

// "Analysts said …": a group is "they", never "it".
const GROUP: ReadonlySet<string> = new Set(GROUP_NOUNS);

// "Rosemary Wanjiru took victory in 2:21:05. She said afterwards …", "Regional president Carlos Mazón
// defended the timing. '…,' he told reporters": a person opening the sentence before, by a title or a role
// or a first and last name, and doing something, is who "he" or "she" is next.
const PERSON_OPENS = new RegExp(
  String.raw`^[\s"“]*(?:(?:In|On|At|After|Before|During)\s[^,]{1,40},\s+)?(?:(?:${PERSON_TITLES.join("|")})\.?\s+|(?:[A-Za-z][\w'’-]*\s+){0,2}(?:${PERSON_ROLES.join("|")})\s+)?([A-Z][a-zÀ-ɏ]+(?:\s+[A-Z][\wÀ-ɏ'’-]+){1,2})\s+(?:(?:has|had|was)\s+)?(?:[a-z]{3,}ed|took|won|lost|ran|made|set|led|left|held|broke|beat|came|went|gave|became|began|spent|sold|paid|told|said|says)\b`,
);
const UNNAMED_PERSON_OPENS = new RegExp(
  String.raw`^[\s"“]*((?:One|A|An|Another|The)\s+(?:[\w-]+\s+){0,2}?(?:${PERSON_NOUNS.join("|")}))(?:,\s+[^,]{1,80},)?\s+(?:(?:has|had|was)\s+)?(?:[a-z]{3,}ed|took|won|lost|ran|made|set|led|left|held|paid|sold|spent|told|said|says)\b`,
);

/** The person the sentence opens on doing something, named or not ("One victim, an 82-year-old widow,
 *  lost £610,000. In a statement, she said …"), or null. */
function personOpening(s: string): string | null {
  const name = PERSON_OPENS.exec(s)?.[1];
  if (name) return !COUNTRY.has(name) && !NOT_A_PERSON.test(name) ? name : null;
  return UNNAMED_PERSON_OPENS.exec(s)?.[1] ?? null;
}

/** What a story has said so far about who is speaking. */
export interface Voices {
  /** The last sentence, when it named no speaker: the person it opens on is who "he" and "she" are
   *  first (read only when a pronoun asks). */
  unattributed: string | null;
  /** The last speaker named: who "they" are. */
  last: string | null;
  /** The last speaker named that is no person: who "it" is. */
  thing: string | null;
  /** The speaker of a quote still open at the end of the last sentence, or of the quote just closed. */
  quote: string | null;
  /** Whether a quote is still open at the end of the last sentence. */
  open: boolean;
  /** The speaker of the quote that closed the last paragraph, for a paragraph that opens on a quote. */
  carried: string | null;
  /** The people named as speakers so far, the latest last (who "he" and "she" are), and who the story
   *  has called "he" or "she". */
  people: string[];
  pronouns: Map<string, "he" | "she">;
}

export const newVoices = (): Voices => ({
  unattributed: null,
  last: null,
  thing: null,
  quote: null,
  open: false,
  carried: null,
  people: [],
  pronouns: new Map(),
});

/** Who "he" or "she" is: the person the sentence before opened on, else the latest person named, unless
 *  the story has called them by the other pronoun ('"Costs rose," she added. … "Not 200," he said' is not
 *  her). */
function personFor(pronoun: string, voices: Voices): string | null {
  const said = pronoun.toLowerCase() === "she" ? "she" : "he";
  const opening = voices.unattributed ? personOpening(voices.unattributed) : null;
  const fits = (name: string | null) => {
    const known = name ? voices.pronouns.get(name) : undefined;
    return name !== null && (known === undefined || known === said);
  };
  const found = fits(opening) ? opening : (voices.people.findLast(fits) ?? null);
  if (found) voices.pronouns.set(found, said);
  return found;
}

/** A new paragraph: a quote left open at the end of the last one goes on in this one (news leaves the
 *  closing mark off a paragraph whose quote continues); a quote closed at the end of the last one is who
 *  speaks a paragraph that opens on a quote and names no speaker (news sets a speaker's next quote in a
 *  paragraph of its own). Otherwise no speaker carries over. */
export function newParagraph(voices: Voices): void {
  voices.carried = voices.open ? null : voices.quote;
  if (!voices.open) voices.quote = null;
  voices.open = false;
}

/** Whether a quote is open after `s`, given whether one was open before it. */
function openAfter(s: string, open: boolean): boolean {
  for (const mark of s.match(QUOTE_MARKS) ?? [])
    open = mark === "“" ? true : mark === "”" ? false : !open;
  return open;
}

/** The claimant of every claim of a sentence; `next` is the sentence after it, which may close a
 *  quote this one opens and name its speaker. Updates `voices`. */
export function claimantOf(s: string, next: string | null, voices: Voices): string | null {
  let named = attribution(s);
  const quoted = OPENS_QUOTE.test(s);
  const stillOpen = quoted && (s.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
  // A quote whose speaker is named in the sentence that closes it.
  if (!named && stillOpen && next) named = attribution(next);
  // "Only 14 will now be delivered, it said": "it" is an organisation, never the person quoted last.
  if (named && isPronoun(named))
    named = /^(?:he|she)$/i.test(named)
      ? personFor(named, voices)
      : /^it$/i.test(named)
        ? ((IT_IN_CLAUSE.test(s) ? SUBJECT_OPENS.exec(s.slice(datelineOf(s)))?.[1] : undefined) ??
          (voices.unattributed && THING_OPENS.exec(voices.unattributed)?.[1]) ??
          voices.thing ??
          voices.last ??
          OPENS_ON_NAME.exec(s.slice(datelineOf(s)))?.[1] ??
          null)
        : voices.last;
  // A quote's next sentences keep its speaker, whether they open with a quote mark or go on inside one
  // ('… said: "This is progress. At this rate it will take years."').
  if (!named && (quoted || voices.open)) named = voices.quote ?? (quoted ? voices.carried : null);
  voices.carried = null;
  if (named) {
    voices.last = named;
    // "Reno said", after "Attorney General Janet Reno": a surname of a person named before is that person,
    // and "she" next is them as first named.
    // "Thames Water, which has debts of £20bn, said": shaped as a person's name, but "which" tells a thing.
    const person =
      isPerson(named) && !s.includes(`${named}, which`)
        ? named
        : voices.people.find((p) => p.endsWith(` ${named}`));
    if (person) {
      // A bounded list, the latest last: each pronoun reads back over a few people.
      voices.people = [...voices.people.filter((p) => p !== person), person].slice(-8);
    } else if (!GROUP.has(named.slice(named.lastIndexOf(" ") + 1).toLowerCase()))
      voices.thing = named;
  }
  voices.unattributed = named ? null : s;
  voices.quote = quoted || voices.open || /[”"]/.test(s) ? named : null;
  voices.open = openAfter(s, voices.open);
  return named;
}

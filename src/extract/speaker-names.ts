// How news writes who is speaking: the verbs of saying, and a speaker's name — capitalised words, "the"
// and a few plain words, a possessive and a role, or an unnamed group. Read by claimant.ts and sources.ts.
import { PERSON_TITLES } from "./lexicon/people.js";
import { BODY_KINDS, BODY_TAIL_WORDS, SOURCE_BODY_WORDS } from "./lexicon/subjects.js";
import { FIGURE_NOUNS, GROUP_MODIFIER_NAMES, GROUP_NAMES } from "./lexicon/words.js";

export const VERBS =
  "said|say|says|told|tells|added|adds|noted|note|notes|wrote|writes|stated|states|explained|estimated|estimate|estimates|reported|reports|calculated|calculates|reckons|reckoned|announced|announces|argued|argue|argues|warned|warn|warns|claimed|claim|claims|insisted|insist|insists|predicted|predict|predicts|confirmed|disclosed|forecast|forecasts|admitted|admits|conceded|acknowledged|expect|expects|expected|urged|urges|think(?!\\s+tank)|thinks|believe|believes";
// A name as news writes one (six words at most, so a run of capitals costs a bounded look from each
// word): capitalised words ("Jo Park", "Bank of England"), or "the" and a few plain
// words ("the bank", "the statistics office", "one victim"), or a possessive and a role ("Tesco's
// spokesperson").
// The plain words stop before an auxiliary: "the company has said" is the company's.
// So do adverbs between the name and its verb: "the carrier now expects" is the carrier's.
// An adverb ends no name: "the originally reported 1.2% rise" is no one speaking; "The Bush administration
// immediately said" is the administration's ("the family said" is a name).
const ADVERB = "[a-z]+(?:ally|ously|edly|ently|antly|ively|ately)";
export const AUXILIARY = `has|have|had|will|would|also|previously|earlier|later|now|still|already|further|again|recently|repeatedly|separately|publicly|privately|yesterday|today|${ADVERB}`;
// "…were reported" is passive: whatever stands before it did not do the saying; "cut its forecast" makes
// "forecast" a noun. Nor does a name end on a word that opens another ("a YouGov poll for The Times"), or
// on a figure ("double the number reported the year before").
export const PREPOSITIONS = "of|by|for|from|in|on|at|to|with";
const TIME_SPANS = "days?|weeks?|fortnight|months?|quarters?|years?|decades?|hours?|period|session";
// Nor on a stretch of time: "more than 300mm of rain in a week, said …" names no one; nor does a clause's verb
// or negation stand among a name's plain words ("The size of the contingent was not disclosed", "The move had
// been widely expected", "the evidence against Kopp but said").
const CLAUSE_VERBS = "is|was|are|were|has|have|had|been|not|no|never|but";
const NOT_A_NAME_END = `${AUXILIARY}|${CLAUSE_VERBS}|be|being|its|their|his|her|our|The|${PREPOSITIONS}|and|${FIGURE_NOUNS.join("|")}|${TIME_SPANS}`;
// Words that open a sentence without naming anyone ("But", "Well", "I").
export const NOT_A_NAME = "But|And|However|So|Yet|Well|Now|Still|Meanwhile|Also|I|We|You";
// A name's first letter, in English or another Latin alphabet ("Łukasz", "Émile"), and its letters ("Rubén",
// "Müller").
const UPPER = String.raw`[A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F]`;
const NAME_CHARS = String.raw`[\w\u00C0-\u024F'’.&-]`;
const NAME_PARTICLES = "de|del|della|da|dos|van|von|der|bin";
// A capitalised name after "the" is read whole first: "the Combined Homelessness and Information Network"
// is more than "the" and four words.
export const CAPITALISED = String.raw`${UPPER}${NAME_CHARS}*(?:\s+(?:of|for|and|&|${NAME_PARTICLES})\s+${UPPER}${NAME_CHARS}*|\s+${UPPER}${NAME_CHARS}*){0,5}`;
/** The words of a name and the space after each, with the particles of "Rubén del Campo". */
export const NAME_WORDS = String.raw`(?:${UPPER}${NAME_CHARS}*\s*|(?:${NAME_PARTICLES})\s+(?=${UPPER}))+`;
/** A person's or body's name of capitalised words, with the particles of "Rubén del Campo". */
export const PROPER_NAME = String.raw`${UPPER}${NAME_CHARS}*(?:\s+(?:(?:${NAME_PARTICLES})\s+)?${UPPER}${NAME_CHARS}*){0,5}`;
// "the UN refugee agency", "the EU statistics office": a capitalised name and what kind of body it is.
const BODY_TAILS = BODY_TAIL_WORDS.join("|");
export const NAME = String.raw`(?:[Tt]he\s+${CAPITALISED}(?:(?:\s+[a-z]+)?\s+(?:${BODY_TAILS})\b)?|(?<!\bof\s|\b[A-Z][\w.&-]*\s)(?:[A-Z][\w\u00C0-\u024F.&-]*\s+){0,3}[A-Z][\w\u00C0-\u024F.&-]*(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,2}(?!(?:${NOT_A_NAME_END})\b)[a-z][\w-]*|(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ne(?!\s+of\b))\s+(?:(?!(?:the|an?|its|their|his|her|${CLAUSE_VERBS})\s)[\w'’-]+\s+){0,3}(?!(?:${NOT_A_NAME_END})\b|${ADVERB}\b)[A-Za-z][\w-]*|(?!(?:${NOT_A_NAME})\b)${CAPITALISED})`;
// Words that open a clause, never inside a speaker's description.
const CLAUSE_OPENERS =
  "but|or|than|because|after|before|when|while|since|if|though|although|whereas|that|which|who|can|could|may|might|must|should";
// "…, the world's biggest maker of rubber gloves said", "The Oklahoma City energy and defense concern said":
// a longer description than NAME's, read only where it opens the sentence or follows a comma and the verb
// of saying comes straight after it (not "its performance in early 1987 but said").
export const DESCRIBED_SPEAKER = new RegExp(
  String.raw`(?:^[\s"“]*|,\s+)((?:[Tt]he|[Aa]n?)\s+(?:(?!(?:the|an?|its|their|his|her|is|was|are|were|be|being|been|${CLAUSE_OPENERS})\s|-)[\w'’-]+\s+){1,6}(?!(?:${NOT_A_NAME_END}|${CLAUSE_OPENERS}|an?)\b)[a-z][\w-]*)\s+(?:(?:${AUXILIARY})\s+)?(?:said|says|reported|announced|told|added|stated)\b`,
);
export const PRONOUN = "(?:he|she|they|it)";
// "Professor Anna Martling of the Karolinska Institute, who led the research, said", "Anna Martling, of the
// Karolinska Institute, said": a person named with where they work opens the sentence, up to the verb.
// Untitled, only "of the" or "at the" tells a person from a body's own name ("Royal College of Nursing").
const CAP_WORD = "[A-Z][\\w\u00C0-\u024F'’-]+";
const BODY_NAME = `${CAP_WORD}(?:\\s+(?:(?:of|for|and|on|&)\\s+)?${CAP_WORD}){0,5}`;
export const AFFILIATED_PERSON = `^[\\s"“]*(?:(?<titled>(?:${PERSON_TITLES.join("|")})\\.?\\s+${CAP_WORD}(?:\\s+${CAP_WORD}){0,2}),?\\s+(?:of|at|from)\\s+(?:the\\s+)?|(?!The\\s)(?<plain>${CAP_WORD}(?:\\s+${CAP_WORD}){1,2}),?\\s+(?:of|at|from)\\s+the\\s+)${BODY_NAME}(?:,\\s+(?:who|which)\\s[^,]{1,100})?,?\\s+`;
// Unnamed sources as news names them: "two people familiar with the purchases", "Analysts at two brokerages",
// "Some residents in West Auckland".
// A group before a capitalised word is a title ("Police Minister Firoz Cachalia"), not the group.
export const UNNAMED = String.raw`(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Ss]enior|(?<![\d,.])\d+)\s+)?(?:(?:${GROUP_MODIFIER_NAMES})\s+){0,2}(?:${GROUP_NAMES})(?!\s+[A-Z][a-z])(?:\s+(?:familiar with|close to|briefed on|with knowledge of|involved in|polled by|surveyed by|at|from|with)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+|\s+in\s+(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)?`;
// "Rival SK Hynix reported": who the speaker is to the story's subject is no part of its name.
export const RIVAL = /^Rivals?\s+(?=[A-Z])/;
// What a subject does, told in the past: "Governor Ana Ruiz declared a state of emergency and said …",
// "The government cut tax rates …".
export const DONE =
  "(?:did\\s+not|didn['’]t|does\\s+not|doesn['’]t)\\s+[a-z]+|[a-z]{3,}ed|cut|set|put|hit|paid|sold|bought|built|kept|spent|got|met|made|took|gave|went|came|spoke|led|won|lost|held|sent|left|began|flew|wrote";

// Words no person's name holds: "Meridian Energy", "Cork Circuit Court", "Moody's Investors Service".
export const NOT_A_PERSON = new RegExp(
  String.raw`\b(?:${[...BODY_KINDS, ...SOURCE_BODY_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)).join("|")}|Inc|Ltd|Corp|Airlines?|Motors|Energy|City|United|Court|Police|Party|Union|Street|House|Committee|University|College|School|Hospital|Club|Service|Group|Analytics|Intelligence|Research|Capital|Partners|Securities|Investors)\b`,
);

/** A capitalised name (its group) and a verb of saying after it, opening a part of a sentence: "UPS said
 *  it had cut 48,000 positions" (claimant-parts.ts: whose part it is; part-time.ts: whose time). */
export const NAME_THEN_SAYS = String.raw`(${UPPER}${NAME_CHARS}*(?:\s+${UPPER}${NAME_CHARS}*){0,4})\s+(?:said|says|told\s+[\w.]+|announced|warned|estimated|reported)\b`;
/** A capitalised name putting a figure at an amount, opening a sentence or a part of one: "Moody's RMS put
 *  the figure at between $30bn and $50bn" is its estimate. */
export const NAME_PUTS_AT = new RegExp(
  String.raw`^[\s"“]*(${UPPER}${NAME_CHARS}*(?:\s+${UPPER}${NAME_CHARS}*){0,4})\s+(?:put|puts|pegged|pegs)\s+(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:${[...FIGURE_NOUNS, "cost", "costs", "bill", "damage", "losses", "toll", "value", "shortfall"].join("|")})\s+at\s+(?:between\s+|about\s+|around\s+|roughly\s+)?[$£€¥]?\d`,
);

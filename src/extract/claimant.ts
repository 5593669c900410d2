// Who asserts a claim: the speaker a sentence attributes it to ("the bank said", "according to the
// statistics office", "said Jo Park"), or a pronoun for one, which voices.ts resolves across sentences.
// Null when the story states it in its own voice.
import { ROLE_BEFORE_NAME } from "./lexicon/people.js";
import { BODY_BEFORE_NAME, INITIALS } from "./lexicon/subjects.js";
import {
  COMPARATIVES,
  GROUP_MODIFIER_NAMES,
  GROUP_NOUNS,
  MONTH_NAMES,
  WEEKDAY_NAMES,
} from "./lexicon/words.js";
import {
  ACCORDING_TO,
  ACCORDING_TO_REPORTS,
  COURT_HEARD,
  DOCUMENT_SHOWS,
  DOCUMENT_VERB,
  DOCUMENT_VERBS,
  GROUP_FOUND,
  GROUP_FOUND_THAT,
  OUTLET_LEARNED,
  PER_SOURCE,
  passiveForecastBy,
  revisedOwn,
} from "./sources.js";
import {
  AFFILIATED_PERSON,
  AUXILIARY,
  CAPITALISED,
  DESCRIBED_SPEAKER,
  DONE,
  NAME,
  NAME_PUTS_AT,
  NOT_A_NAME,
  NOT_A_PERSON,
  PREPOSITIONS,
  PRONOUN,
  PROPER_NAME,
  RIVAL,
  UNNAMED,
  VERBS,
} from "./speaker-names.js";
import { opens, wordGate } from "./word-gates.js";

// "…, the bank said on Wednesday." / "Jo Park said the plant…" / "…, said Jo Park, chief executive."
// A name may carry an apposition before its verb: "Jo Park, the chief executive, said", "Maria Lopez, 52, said",
// "Amir Haddad, 61, a consultant at St Mary's, said" (the age, then the role: the role's body did not speak),
// "The airport, which is owned by …, reported"; or its initials: "The Office for Budget Responsibility (OBR) said".
// After an article the verb describes a figure ("a contract worth a reported £300,000 a week", "an
// estimated 6,000 people"), and after "last", "latest" or "preliminary" it is a noun ("In its last
// forecast in August, the Bank said", "in line with its preliminary estimate"): nobody says anything; nor
// where a verb follows ("The March 2021 C.P.I. forecast is …", "the 10-year Treasury note rose" are
// nouns), unless the first is only a verb ("a strategy officials say is designed to …"); "employers added
// 256,000 jobs", "added a second before half-time" and "conceded just seven goals" add or let in something,
// not a remark.
// After "added", "conceded" or "admitted", a figure or an article is the thing added, let in or admitted.
const ADDS = String.raw`\b(?:add(?:ed|s)|conced(?:ed|es)|admit(?:ted|s))`;
const A_THING = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more\s+than)\s+)?(?:[$£€]?\d|(?:just|only|an?|another|one|two|three|four|five|six|seven|eight|nine|ten|far|fewer|many|several|dozens|hundreds|thousands|millions|billions|daily|weekly|new|more|extra|further|additional)\b)`;
// Not "Jobless claims for the week ending Nov. 22 fell": claims made are no one claiming; nor "The deal,
// announced late on Sunday, values the firm at $12 billion", a participle set off after what it tells of.
const NAME_SAID = new RegExp(
  String.raw`(?:^|[,;:“"”]\s*|\s)(${UNNAMED}|${NAME}|${PRONOUN})(?:\s+\((?<initials>${INITIALS})\))?(?:,\s+(?:\d{1,3},\s+)?(?<apposition>(?:[^,“”"]|,(?=\d)){1,90}|(?:which|who)\s[^“”";]{1,200}?),(?:\s+(?:which|who)\s[^“”";]{1,120}?,)?)?,?(?:\s+(?:on\s+)?(?:${WEEKDAY_NAMES}))?(?:\s+(?:${AUXILIARY}))?\s+(?<!\b(?:[Aa]n?|[Tt]he|that|which|last|latest|previous|new|first|[Pp]reliminary|[Ii]nitial|[Ff]inal|[Ff]lash|[Aa]dvance|[Cc]onsensus|median|average|revised|updated|original|Latest|Previous|${MONTH_NAMES})\s+)(?:${VERBS})\b(?!(?<!\b(?:said|say|says|told))\s+(?:is|was|are|were|rose|fell|has|had|jumped|climbed|dropped|slipped|gained|lost|appreciated|depreciated|weakened|strengthened|eased|firmed|edged|slid|traded|ended|closed|hovered|steadied)\b)(?!(?<=${ADDS})\s+${A_THING})(?!(?<=,\s*(?:expected|estimated|forecast|predicted))\s+to\b)(?!(?<=\bclaims)\s+(?:for|of|in|on|at|from|by|under|filed|data|numbers?|totalled|totaled)\b)(?!(?<=,\s*(?:announced|reported|released|published|unveiled|disclosed))\s+(?:late|early|on|in|last|this|yesterday|today)\b)`,
);
// Inverted, after what was said: a capitalised name (with whose role it is: "said Reform's deputy leader
// Richard Tice"), or "the …" ending the clause ("…, said the bank.", "said one Fed official who asked not
// to be named").
// Not a clause: "Maria Lopez, 52, said the plant would close." names no "plant would close", nor "Real, who
// won …, said Mbappe would be presented" Mbappe, nor "said Thailand's strong export performance" Thailand.
const CLAUSE_WORD = String.raw`(?!(?:would|will|could|should|may|might|can|must|had|has|have|was|were|is|are)\b)`;
// "said Maybank economist Chua Hak Bin": the person, after where they work and their role.
const SAID_NAME = new RegExp(
  String.raw`[,“"”]\s*(?:${VERBS})\s+(?:${ROLE_BEFORE_NAME}|${BODY_BEFORE_NAME}|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+${ROLE_BEFORE_NAME})?((?:[A-Z][\w.&-]*['’]s\s+(?:[a-z-]+\s+){1,3})?${PROPER_NAME}(?![\w\u00C0-\u024F'’])(?!(?<=['’]s)\s+[a-z])(?!\s+(?:[A-Z]|(?:would|will|could|should|may|might|can|must|had|has|have|was|were|is|are)\b))|(?:the|one|an?)\s+(?:${CLAUSE_WORD}[A-Za-z][\w-]*\s+){0,2}${CLAUSE_WORD}[a-z][\w-]*(?=\s*[,.;]|\s+who\s|$))`,
);
const AFFILIATED_SAID = new RegExp(
  String.raw`${AFFILIATED_PERSON}(?:(?:${AUXILIARY})\s+)?(?:${VERBS})\b`,
);
// A name's full stop is the sentence's, unless it ends an abbreviation ("Meridian Terminals Ltd.").
const trimStop = (name: string) =>
  /\b(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros|Mr|Mrs|Ms|Dr|St)\.$/.test(name) ? name : name.replace(/\.$/, "");

// Every attribution needs a verb of saying or "according to": most sentences have neither, and this
// one scan costs far less than the three patterns above, which try a name at every word.
const ATTRIBUTES = new RegExp(
  String.raw`\b(?:${VERBS}|${DOCUMENT_VERBS}|heard|understands|learned|learnt|reveal|guidance|outlook|saying|warning)\b|[Aa]ccording\s|\b[Pp]er\s+(?:the\s+)?(?:[A-Z]|[a-z]+['’]s\s)`,
);
const ATTRIBUTING = wordGate(
  `${VERBS}|${DOCUMENT_VERBS}|heard|according|per|understands|learned|learnt|reveal|guidance|outlook|saying|warning`,
);
// "…, with the government saying it would lift the rate to 90% by 2030": who says what the clause tells.
const WITH_SAYING =
  /\bwith\s+((?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}|analysts|economists|officials|experts)\s+(?:saying|warning)\b/;

// "Rivian cut its annual production forecast to …", "raised the estimate": a noun after a verb that
// takes it as its object ("forecast", "estimate", "report" are nouns too), not anyone saying anything.
// So is one after a copula: "The forecast is the median estimate in a Bloomberg survey".
// "In its economic forecasts, ANZ said": nor one after a preposition.
const OBJECT_OF =
  /\b(?:[a-z]+ed|cut|cuts|set|sets|kept|keeps|raises|lowers|lifts|trims|beat|beats|hit|hits|misses|tops|revises|maintains|reiterates|slashes|exceeds|met|meets|issues|publishes|releases|is|was|are|were|be|been|[Ii]n|[Oo]n|[Uu]nder|[Ww]ith)\s+$/;
const DETERMINED = /^(?:(?:the|its|their|an?)\s|[A-Z][\w.&-]*['’]s\s)/i;

// "Governor Ana Ruiz declared a state of emergency and said the state would …": the sentence's subject
// did something, then said something; tried only where "and" is followed by a verb of saying.
const THEN_SAID = String.raw`(?:and|but)\s+(?:also\s+)?(?:${VERBS})\s(?!(?<=${ADDS}\s)${A_THING})`;
// Opens on a letter, not a space: a pattern opening on a space is tried at every space of every sentence.
const AND_SAID = new RegExp(String.raw`\b${THEN_SAID}`);
// "Counterpoint Research, which publishes its own estimates, put Apple's share at 19% and said …": a relative
// clause may stand between the subject and what it did.
const NAME_AND_SAID = new RegExp(
  String.raw`^((?!(?:${NOT_A_NAME})\b)${CAPITALISED}|[Tt]he\s+(?:[\w'’-]+\s+){0,3}?[\w-]+|He|She|They|It)(?:,\s+(?:which|who)\s[^,;“”"]{1,100},)?\s+(?:(?:${AUXILIARY})\s+)?(?!(?:${VERBS})\b)(?:${DONE})\b[^;:“”"]{0,200}?\s${THEN_SAID}`,
);
const subjectThenSaid = (s: string) => (AND_SAID.test(s) ? NAME_AND_SAID.exec(s) : null);

const PLAIN_FORM = /\s(?:say|note|estimate|warn|claim|insist|predict|argue|expect)$/;

/** A speaker before the verb of saying, unless the words are the object of a verb before them. */
function namedBefore(s: string): RegExpExecArray | null {
  const m = NAME_SAID.exec(s);
  // "far more than the 9.2 million analysts had expected, …, the company said": after a figure, what a
  // group expected is a baseline; a speaker named later is whose claim it is (else the group still is:
  // "short of the 463,310 analysts had forecast"), unless a document is ("faster than the 2.7% growth
  // economists had expected, official data showed").
  if (m && FIGURE_BEFORE.test(s.slice(Math.max(0, m.index - 24), m.index + 1))) {
    const later = laterSpeaker(s, m);
    if (later) return checked(s, later);
    if (DOCUMENT_VERB.test(s.slice(m.index + m[0].length)) && DOCUMENT_SHOWS.test(s.slice(m.index)))
      return null;
  }
  // "added 119,000 jobs, far more than economists had expected", "a smaller increase than some traders had
  // expected": a group compared against, stating no
  // figure of its own, asserts nothing of the claim; nor is "the 32 billion dlr shortfall originally
  // forecast, Wilson said" a figure said a speaker. A speaker named after either is.
  if (
    m &&
    (FIGURE_NAMED.test(m[1]!) ||
      (EXPECTING.test(m[0]) &&
        COMPARED_AGAINST.test(s.slice(Math.max(0, m.index - 30), m.index + 1))))
  ) {
    const later = laterSpeaker(s, m);
    return later && checked(s, later);
  }
  // "A Reuters survey of planters, traders and analysts estimated …": the group is who was surveyed; the
  // survey says it.
  const survey =
    m && (s.includes("survey") || s.includes("poll"))
      ? SURVEY_OF.exec(s.slice(Math.max(0, m.index - 80), m.index + 1))
      : null;
  if (survey) return survey;
  // "It expects a 'significant increase' in 2026, Chief Financial Officer Anat Ashkenazi said": a speaker
  // named after a pronoun's verb is who says it.
  if (m && PRONOUN_ONLY.test(m[1]!)) {
    const later = laterSpeaker(s, m);
    if (later && !PRONOUN_ONLY.test(later[1]!)) return checked(s, later);
  }
  // "In its economic forecasts, ANZ said": words that are no speaker give way to one named after them.
  const own = checked(s, m);
  if (own || !m) return own;
  const later = laterSpeaker(s, m);
  return later && checked(s, later);
}
// "The Institute for Security Studies' Lizette Lancaster", "Goldman Sachs' Jan Hatzius": the person, whose
// body is where they work (not "Moody's Investors Service", a body's name).
const OWNER_BEFORE_PERSON =
  /^(?:The\s+)?(?:[A-Z][\w&.-]*\s+(?:(?:of|for|and|on)\s+)?){0,5}?[A-Z][\w&.-]*['’]s?\s+(?=[A-Z][a-zÀ-ɏ'’-]+(?:\s+[A-Z][a-zÀ-ɏ'’-]+){1,2}$)/;
const personOfOwner = (name: string) => {
  const owner = OWNER_BEFORE_PERSON.exec(name);
  const person = owner && name.slice(owner[0].length);
  return person && !NOT_A_PERSON.test(person) ? person : name;
};
const PRONOUN_ONLY = new RegExp(`^(?:${PRONOUN}|we|i)$`, "i");
const SURVEY_OF =
  /(?:^|[,;]\s*|\s)((?:[Aa]n?|[Tt]he|[Ii]ts)\s+(?:[A-Z][\w'’/-]*\s+){0,2}(?:survey|poll))\s+of\s+(?:(?!,\s+(?:the|an?|its)\s)[^.;:]){1,70}$/;

const FIGURE_NAMED = /^(?:the|an?)\s.*\d/i;
const TRADE_BEFORE = /^(?:[a-z-]+\s+){1,3}(?=[A-Z][a-z]+\s+[A-Z])/;
const WORKS_AT = /(?<=^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+(?:of|at|from)\s+.*$/;

/** The next speaker named after the match `m`, with its index in `s`. */
function laterSpeaker(s: string, m: RegExpExecArray): RegExpExecArray | null {
  const later = NAME_SAID.exec(s.slice(m.index + m[0].length));
  if (later) later.index += m.index + m[0].length;
  return later;
}

// A verb of expecting, and the words before a group that set a figure against what it expected.
const EXPECTING = /\b(?:expected|expect|forecast|predicted|estimated|anticipated)$/;
// "more than double what economists had forecast" too.
const COMPARED_AGAINST = new RegExp(
  String.raw`\b(?:(?:more|less|fewer|${COMPARATIVES.join("|")})(?:\s+[a-z]+){0,2}?\s+than(?:\s+(?:double|twice|triple|treble|half))?|double|twice|triple|treble|above|below|beyond|short\s+of|ahead\s+of|in\s+line\s+with)\s+(?:what\s+)?$`,
);
// A figure, and a word or two it counts ("the 2.7% growth economists had expected").
const FIGURE_BEFORE = /(?:\d%?|million|billion)(?:\s+[a-z]+){0,2}\s$/;

/** `m`, unless its words are the object of a verb before them or a noun ("on a high note"). */
// "beating Wall Street forecasts": a name before a verb that is also a noun, after a verb taking it as its
// object, is whose forecasts were beaten.
const NOUN_VERB = /\s(?:forecasts?|estimates?|expectations)$/;
const BEATEN_BY =
  /\b(?:beat(?:ing|s)?|miss(?:ing|ed|es)?|topp(?:ing|ed)|exceed(?:ing|ed|s)?|surpass(?:ing|ed|es)?)\s+$/;
function checked(s: string, m: RegExpExecArray | null): RegExpExecArray | null {
  if (m && !DETERMINED.test(m[1]!) && NOUN_VERB.test(m[0])) {
    const at = m.index + m[0].indexOf(m[1]!);
    return BEATEN_BY.test(s.slice(Math.max(0, at - 16), at)) ? null : m;
  }
  if (!m || !DETERMINED.test(m[1]!)) return m;
  // "on a high note": after "a" or "an", a verb's plain form is a noun ("a spokesman notes" would agree).
  if (/^an?\s/i.test(m[1]!) && PLAIN_FORM.test(m[0])) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return OBJECT_OF.test(s.slice(Math.max(0, at - 30), at)) ? null : m;
}

// A name never ends on a preposition: "according to the survey of 2,000 adults" is the survey's. NAME's
// plain words exclude one as their last; the other shapes (a group "at …", a document "by …") are trimmed
// after the match, with an article after the preposition ("according to a major review of the evidence",
// read only as far as "of the").
const ENDS_ON_PREPOSITION = new RegExp(
  String.raw`\s+(?:${PREPOSITIONS})(?:\s+(?:the|a|an|its|their))?$`,
);
// "Analysts polled by Reuters had expected": the auxiliary is the verb's, not the name's; "the
// electric-truck maker said it expected": the first verb of saying ends the name.
const ENDS_ON_AUXILIARY = new RegExp(String.raw`\s+(?:${AUXILIARY})$`);
// "according to a new poll that puts …": the relative clause says what the source says, not who it is.
const RELATIVE_AFTER = /\s+(?:that|which|who)\b.*$/;
const ENDS_ON_PRONOUN = /\s(?:he|she|they|we|it)$/;
// "The results come a month after Microsoft said": Microsoft, not "a month after Microsoft".
const OPENS_ON_TIME =
  /^(?:an?|one|two|three|four|five|six|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+(?:after|before)\s+/i;
// "…, a change critics said would hurt farmers", "a move analysts said was overdue": the thing described,
// then the group that spoke of it.
const THING_THEN_GROUP = new RegExp(
  String.raw`^an?\s+(?!(?:${GROUP_MODIFIER_NAMES})\s)[a-z]+\s+(?=(?:${GROUP_NOUNS.join("|")})$)`,
);
// "according to a study published in The Lancet": the study, not "a study published".
const ENDS_ON_PARTICIPLE = /\s+(?:published|released|issued|conducted)$/;
const SAYING_INSIDE = new RegExp(String.raw`\s(?:${VERBS})\s`);

// "About one in three farmers expected to make a loss, an NFU survey found": a document closing the
// sentence is whose finding it is, whoever the sentence says expected something.
const CLOSES = /^[.!]?["”]?$/;
function closingDocument(s: string): RegExpExecArray | null {
  if (!s.includes(" found") && !s.includes(" show")) return null;
  const m = DOCUMENT_SHOWS.exec(s);
  return m && m.index > 0 && CLOSES.test(s.slice(m.index + m[0].length).trim()) ? m : null;
}

/** The speaker a sentence names, or a pronoun for one, or null. */
// "expects revenue of $65 billion, compared with analysts' average estimate of $61.66 billion, according to
// data compiled by LSEG": the source closing the sentence is the estimate's, not the forecast's.
const ESTIMATE_BEFORE =
  /\b(?:compared\s+(?:with|to)|versus|against|above|below|beat(?:ing)?|miss(?:ing|ed)?|topp(?:ing|ed))\b(?:[^;]|\.\d){0,100}\b(?:estimates?|forecasts?|expectations|consensus)\b(?:[^;.]|\.\d){0,40},?\s*$/;
function ownSource(s: string): RegExpExecArray | null {
  const m = ACCORDING_TO.exec(s);
  return m && ESTIMATE_BEFORE.test(s.slice(Math.max(0, m.index - 160), m.index)) ? null : m;
}

export function attribution(s: string): string | null {
  if (s.includes(" put") || s.includes(" peg")) {
    const puts = NAME_PUTS_AT.exec(s);
    if (puts) return puts[1]!;
  }
  if (!opens(ATTRIBUTING, s) || !ATTRIBUTES.test(s)) return null;
  const m =
    AFFILIATED_SAID.exec(s) ??
    ownSource(s) ??
    (s.includes("ccording to ") ? ACCORDING_TO_REPORTS.exec(s) : null) ??
    SAID_NAME.exec(s) ??
    (s.includes(" heard") || s.includes(" told") ? COURT_HEARD.exec(s) : null) ??
    closingDocument(s) ??
    namedBefore(s) ??
    DOCUMENT_SHOWS.exec(s) ??
    (s.includes(" found") || s.includes(" concluded")
      ? (GROUP_FOUND.exec(s) ?? GROUP_FOUND_THAT.exec(s))
      : null) ??
    passiveForecastBy(s) ??
    revisedOwn(s) ??
    (s.includes("er ") ? PER_SOURCE.exec(s) : null) ??
    (s.includes(" underst") || s.includes(" learn") ? OUTLET_LEARNED.exec(s) : null) ??
    subjectThenSaid(s) ??
    (s.includes("with ") ? WITH_SAYING.exec(s) : null) ??
    DESCRIBED_SPEAKER.exec(s);
  if (!m) return null;
  // "A study by Oxford University found", "The report, published by the OECD on Monday, shows": whose
  // study or report it is.
  // "Professor Anna Martling of the Karolinska Institute said": the person, not where they work.
  const by = m.groups?.titled ?? m.groups?.plain ?? m.groups?.by ?? m.groups?.publisher;
  if (by) return trimStop(by);
  // "Its operator, Meridian Terminals Ltd., said": the apposition names who "its operator" is; "The
  // report's author, economist Ronan Lyons of Trinity College Dublin, said": so does a person's name after
  // their trade, without where they work.
  const named = m.groups?.apposition?.replace(TRADE_BEFORE, "").replace(WORKS_AT, "");
  // "… pour le Developpement des Entreprises (IPECODE) said": a name read only in part goes by its initials.
  const initials = m.groups?.initials;
  const name =
    named && /^[A-Z]/.test(named) && DETERMINED.test(m[1]!)
      ? named
      : initials && !/\s/.test(m[1]!)
        ? initials
        : m[1]!;
  // "In a 2010 interview she said", "called the murder wrong but he urged": who "she" or "he" is, the
  // words before do not say.
  // "a productivity programme that it expects": "it" is the speaker, not the programme.
  const saying = SAYING_INSIDE.exec(name);
  const said = saying ? name.slice(0, saying.index) : name;
  if (ENDS_ON_PRONOUN.test(said)) return null;
  const whole = personOfOwner(said.replace(RELATIVE_AFTER, ""));
  return trimStop(
    whole
      .replace(OPENS_ON_TIME, "")
      .replace(RIVAL, "")
      .replace(THING_THEN_GROUP, "")
      .replace(ENDS_ON_PREPOSITION, "")
      .replace(ENDS_ON_AUXILIARY, "")
      .replace(ENDS_ON_PARTICIPLE, ""),
  );
}

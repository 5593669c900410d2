// Where a claim's names are not its subject: clauses that name someone else (a relative clause, a source,
// a fronted "Speaking to the BBC,", a consequence or a cause) and whoever is told as speaking.
import { LATER_ORDINAL } from "./lexicon/numbers.js";
import { PERSON_NOUNS, PERSON_ROLES } from "./lexicon/people.js";
import { ORIGIN_OPENERS } from "./lexicon/words.js";
import { documentSource, forecastBy } from "./sources.js";
import {
  bodyAt,
  groupAt,
  personAt,
  quotedByAt,
  SAID_BETWEEN,
  SAID_BY,
  toldByAt,
} from "./speakers.js";
import { opens, wordGate } from "./word-gates.js";

// "The company, which is backed by Amazon, said …": a relative clause names someone else; so do where a
// study was published ("The analysis, published in the British Journal of Sports Medicine, found …") and
// who leads or owns the subject ("The alliance, led by Prime Minister Luís Montenegro, increased …"), or
// anyone by whom it is done ("Services inflation, closely watched by the Bank, slowed …", "watched closely by").
const RELATIVE =
  /,\s*(?:which|who|whose|published|released|led|owned|backed|run|chaired|headed|controlled|founded|(?:\w+ly\s+)?[a-z]{3,}ed(?:\s+\w+ly)?\s+by)\b[^,]*,/;
// "…linked to rain since May, which had created breeding grounds for the Aedes mosquito": a relative clause
// closing the claim names what it says of something else too.
const CLOSING_RELATIVE = /,\s*(?:which|who|whose)\b[^,;]*$/;
// "Bills remain around £500 higher than before Russia's invasion of Ukraine", "lower than in Germany", "well
// above the 4.6 million recorded before the Covid pandemic": what a figure is set against names a time or
// a place to compare, not what the claim is about.
const SET_AGAINST =
  /\bthan\s+(?:before|after|at|in|during)\b[^,;]*|\b(?:above|below)\s+the\s+[$£€]?\d[^,;]*/;
// "Sales rose 5%, according to data from the ONS": the source of a figure is who states it (its
// claimant), not what it is about; were it the subject, every ONS figure would be about the ONS.
const SOURCE = /\b[Aa]ccording to\b[^,;]*/;
// "beat a forecast for a 5.4% rise in a Reuters poll": whose poll it was.
const POLL = /\bin\s+an?\s+(?:[A-Z][\w.&'’/-]*\s+){1,3}(?:poll|survey)\b/;

// "Speaking to the BBC, the minister said …", "In a statement to Reuters, Tesco said …": whom the speaker
// addressed is not what the claim is about.
// So does one acting on a person ("Sentencing him on Friday, Judge Helen Carr said …"), one telling how the
// subject moves ("Travelling at 430,000mph, it …") or how it began ("Launched in 2018, the probe …").
// "…, strengthening the case for the Bank of England to cut rates", "…, making it the first company to …",
// "…, dragged down by a cyber-attack at Jaguar Land Rover": a closing clause telling what followed or what
// caused it names that, not what the claim is about.
// So does one telling who did the thing it names: "…the previous mark of 2:11:53, set by Ethiopia's Tigst
// Assefa in Berlin last year".
const CONSEQUENCE =
  /,\s+(?:[a-z]{3,}ing|(?:\w+ly\s+)?(?:[a-z]{3,}ed|set|made|won|held|built|run|led|taken|written)\s+(?:down\s+|up\s+)?by)\s[^,;]*$/;
// "…, mainly because of air traffic control strikes in France", "…, amid strikes in France": so does one
// telling the cause.
// The words first, in one pattern each: several string searches of a claim cost more.
const CAUSE_WORD = wordGate(
  "because|due|owing|thanks|amid|aftermath|wake|although|though|delays|delay",
);
const POLL_WORD = wordGate("poll|survey");
const RELATIVE_WORD = wordGate(
  "which|who|whose|published|released|led|owned|backed|run|chaired|headed|controlled|founded|by",
);
// "…, in the aftermath of the Covid-19 lockdowns", "…, in the wake of the floods" too; and a concession:
// "…, although the department said this included once-off payments from the Apple tax case".
// So is a delay a change came after: "cut the forecast after delays to Boeing aircraft deliveries".
const CAUSE =
  /,\s+(?:\w+ly\s+)?(?:because\s+of|due\s+to|owing\s+to|thanks\s+to|amid|in\s+the\s+(?:aftermath|wake)\s+of)\s[^,;]*$|,\s+(?:although|though)\s[^;]*$|\s(?:after|following)\s+(?:(?:the|a|an|further|repeated|long)\s+)?delays?\s[^,;]*$/;
// "It is the third named storm of the season, after Amy in October": the ones before it in a count.
// The comma and "after" first: a lookbehind opening the pattern was tried at every position, reading back
// over up to 60 characters for an ordinal each time (46 µs a sentence, more than all the rest of the stage).
const RANKED_AFTER = new RegExp(
  String.raw`,(?=\s*after\s)(?<=\b${LATER_ORDINAL}\b[^,;]{0,60},)\s*after\s[^;]*$`,
);
// '"…," she said at a press conference in Wellington', "…, he said when tabling the budget in the Dewan
// Rakyat": where the saying was is no subject.
const SAID_WHERE =
  /[,”"]\s*(?:(?:he|she|they|it|we)\s+|(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+)?(?:said|says|added|told\s+(?:the\s+)?[\w.]+)\s+(?:at|in|during|on|when|while)\s[^“”"]*$/;
// "…, Minister for Finance Paschal Donohoe announced on Tuesday", "…, ERA Singapore key executive officer
// Marcus Chu said": a person named with their role, closing the claim as its speaker (nothing of what they
// said after the verb), is not what it is about (a company closing it is: "Sales rose 5% in 2024, Tesla said").
const ANY_CASE_ROLE = PERSON_ROLES.map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join(
  "|",
);
const CLOSING_SPEAKER = new RegExp(
  String.raw`,\s*(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){0,3}?(?:[a-z][\w-]*\s+){0,2}(?:${ANY_CASE_ROLE})(?:\s+(?:for|of)(?:\s+[A-Z][\w'’-]*){1,2})?\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|announced|added|confirmed|told|warned|wrote)(?:\s+(?:on|in|at|during|to|when|while|after|before|late|earlier|yesterday|today|last)\b[^,;]*)?[\s.!"”]*$`,
);
const CLOSING_VERB = wordGate("said|says|announced|added|confirmed|told|warned|wrote");
// An origin's place may carry its county: "Born in Brigg, Lincolnshire, in 1929, she …".
const FRONTED = new RegExp(
  String.raw`^[\s"“]*(?:Speaking|Writing|Talking|Addressing|Responding|Commenting|Testifying|Asked|Citing|Quoting|In\s+an?\s+(?:statement|interview|letter|note|report|post|filing|speech|briefing|email)|[A-Z][a-z]+ing\s+(?:him|her|them|at)|${ORIGIN_OPENERS})\b[^,]*,(?:\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+(?:in|on)\s[^,]{1,30},)?`,
);

function clauseAt(re: RegExp, claim: string): [number, number] | null {
  const m = re.exec(claim);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** The spans of `claim` whose names are not its subject; `spoken`: the sentence has a claimant. */
export function namelessSpans(claim: string, spoken: boolean): [number, number][] {
  // Opening on a comma, the clause patterns are tried only at commas.
  const consequence =
    (claim.includes("ing ") || claim.includes(" by ") ? clauseAt(CONSEQUENCE, claim) : null) ??
    (opens(CAUSE_WORD, claim) ? clauseAt(CAUSE, claim) : null) ??
    (claim.includes(" after ") ? clauseAt(RANKED_AFTER, claim) : null);
  // From a trailing "said NAME" to the claim's end: the speaker and their role.
  const said =
    claim.includes(" sa") || claim.includes(" wr") || claim.includes(" ad")
      ? SAID_BY.exec(claim)
      : null;
  const saidBy: [number, number] | null = said
    ? [said.index, claim.length]
    : claim.includes(" said,") || claim.includes(" says,") || claim.includes(" added,")
      ? clauseAt(SAID_BETWEEN, claim)
      : claim.includes(" said ") || claim.includes(" told ")
        ? clauseAt(SAID_WHERE, claim)
        : null;
  // Only a sentence with a claimant names someone speaking.
  const person = spoken ? personAt(claim) : null;
  const body = spoken && !person ? bodyAt(claim) : null;
  const speaker = person ?? body ?? quotedByAt(claim) ?? (spoken ? groupAt(claim) : null);
  return [
    opens(RELATIVE_WORD, claim) ? clauseAt(RELATIVE, claim) : null,
    opens(RELATIVE_WORD, claim) ? clauseAt(CLOSING_RELATIVE, claim) : null,
    claim.includes("than ") || claim.includes("ve the ") || claim.includes("ow the ")
      ? clauseAt(SET_AGAINST, claim)
      : null,
    claim.includes("ccording to") ? clauseAt(SOURCE, claim) : null,
    opens(POLL_WORD, claim) ? clauseAt(POLL, claim) : null,
    clauseAt(FRONTED, claim),
    consequence,
    documentSource(claim),
    forecastBy(claim),
    speaker,
    saidBy,
    toldByAt(claim),
    spoken && opens(CLOSING_VERB, claim) ? clauseAt(CLOSING_SPEAKER, claim) : null,
  ].filter((span): span is [number, number] => span !== null);
}

/** Whether a body that publishes figures, and no person, opens the claim speaking. */
export const bodySpeaks = (claim: string): boolean => !personAt(claim) && bodyAt(claim) !== null;

// "Shares in the company rose 4.2% in London": the claim is about a company the story named before; the
// place where its shares trade is not what it is about.
// So is "The streaming company also raised prices in the United States", and "Its shares fell 4.9% in New
// York", "Shares fell 13% in Dublin" (not "Shares in Tesla fell", whose company is named).
const UNNAMED_FIRM =
  /^[\s"“]*(?:(?:(?:Shares|Stock|Sales|Revenue|Profits?)\s+(?:in|of|at)\s+(?:the|its)|The(?:\s+[a-z-]+){0,2}?)\s+(?:company|firm|group|bank|carmaker|airline|retailer|lender|insurer|miner|chipmaker|planemaker|brewer|business)\b(?!['’]s\b|\s+(?:of|for|in|at)\b)|(?:Its|Their|The)\s+(?:shares|stock|share\s+price)\b|Shares\s+(?!(?:in|of|at)\s))/;

// "A 41-year-old man has been jailed … at Ringaskiddy port": a claim about a person the story does not name
// is about no name it happens to hold.
// So is "A man who tried to smuggle £3m of cocaine through Felixstowe port has been jailed" (not "A
// spokesman for Seagram said …", a speaker for what the claim is about, nor "The boy's father", someone
// the story has named).
const PRIVATE_PERSONS = PERSON_NOUNS.filter((n) => !PERSON_ROLES.includes(n));
const UNNAMED_PERSON = new RegExp(
  `^[\\s"“]*(?:(?:An?|The)\\s+\\d{1,3}-year-old\\s+(?:${PERSON_NOUNS.join("|")})|An?\\s+(?:${PRIVATE_PERSONS.join("|")})\\b(?!\\s+(?:of|for|at)\\s))`,
);

/** Whether the claim is about a company or a person the story does not name here. */
export const aboutUnnamed = (claim: string): boolean =>
  UNNAMED_FIRM.test(claim) || UNNAMED_PERSON.test(claim);

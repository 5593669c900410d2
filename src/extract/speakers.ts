// Who opens a claim speaking, or closes it: a person with their role ("Chief executive Anna Kirwan said"), a
// body that publishes figures ("The Office for National Statistics said"), a speaker after what was said
// ("…, said Bill Rash, Intel's director"). Their names are who asserts the claim, not what it is about.
import { PERSON_ROLES, PERSON_TITLES, ROLE_BEFORE_NAME } from "./lexicon/people.js";
import {
  BODY_BEFORE_NAME,
  BODY_TAIL_WORDS,
  INITIALS,
  SOURCE_BODY_WORDS,
} from "./lexicon/subjects.js";
import { AUDIENCE_WORDS } from "./lexicon/words.js";
import { AFFILIATED_PERSON, NAME_WORDS, UNNAMED, VERBS } from "./speaker-names.js";
import { opens, wordGate } from "./word-gates.js";

// "Chief executive Anna Kirwan said the company would cut …", "Maria Lopez, 52, said the plant had cut …":
// a person named as the speaker is who asserts the claim (its claimant), not what it is about — unless
// what they said is of themselves ("Ilse Marten, 47, said she would open talks").
const WORD = "[A-Z][\\w'’-]+";
const ROLES = PERSON_ROLES.join("|");
const ROLE = `(?:[a-z][\\w-]*\\s+){0,3}(?:${ROLES})\\b`;
// "Writing on LinkedIn, chief executive Jo Park said": a fronted clause may come first. "Berg, who joined
// the company in 2019, said": "who" tells of a person.
// 'Finance Minister Nicola Willis said: "…"' too.
const SAID_VERB = `(?:(?:has|had)\\s+)?(?:said|says|told\\s+\\w+|added|warned|argued|insisted|noted)(?:\\s*:|\\s+(?:that\\s+)?(?!(?:he|she|I|we|they|his|her|our|their)\\b))`;
const PERSON_SAID = new RegExp(
  `^[\\s"“]*(?:[A-Z][a-z]+ing\\s[^,]{0,60},\\s*)?(?:(?:(?:${WORD}\\s+){0,2}(?:${PERSON_TITLES.join("|")})\\.?|${WORD}\\s+${ROLE}|${ROLE})\\s+${WORD}(?:\\s+${WORD}){0,2}|(?!The\\s)${WORD}(?:\\s+${WORD}){1,2},\\s+(?:\\d{1,3}|(?:the\\s+|an?\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:${ROLES})\\b[^,]{0,60}),|(?!The\\s)${WORD}(?:\\s+${WORD}){0,2},\\s+who\\s[^,]{1,80},)\\s+${SAID_VERB}`,
);
// "Professor Anna Martling of the Karolinska Institute said": where they work is no subject either.
const AFFILIATED_PERSON_SAID = new RegExp(AFFILIATED_PERSON + SAID_VERB);
// '"…," said UN Secretary-General Antonio Guterres', "…, said Bill Rash, Intel's director", "…, said Maybank
// economist Chua Hak Bin": a speaker named after what was said, with their role, is its claimant (not "said
// Innopac viewed …", a clause).
export const SAID_BY = new RegExp(
  String.raw`[,”"]\s*(?:said|says|added|wrote|warned)\s+(?:[A-Z][\w.-]*['’]s\s+(?:[a-z-]+\s+){1,3}|${ROLE_BEFORE_NAME}|${BODY_BEFORE_NAME}|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}\s+${ROLE_BEFORE_NAME})?${NAME_WORDS}(?:$|,|\s(?:of|at|from|for|in)\s)`,
);
// "Capital expenditure in 1990 will rise slightly, Mr. Marous said, from …": a speaker set off mid-sentence.
export const SAID_BETWEEN = /,\s*(?:[A-Z][\w.'’-]*\s+){1,4}(?:said|says|added),/;
// "The King's Fund, a health think tank, said the NHS would need …", "The Office for National Statistics
// said prices rose …": a body that publishes figures, speaking of others, is who says it (not "The Gates
// Foundation said it would give …" nor "Poughkeepsie Savings Bank said a plan to sell its branches …", of
// itself).
const BODY_SAID = new RegExp(
  String.raw`^[\s"“]*(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}?(?:${SOURCE_BODY_WORDS.join("|")})(?:\s+(?:of|for|on)(?:\s+[A-Z][\w'’.-]*){1,4})?(?:\s+\(${INITIALS}\))?(?:,\s+[^,]{1,80},)?\s+(?:said|says|warned|estimated|estimates|found|forecast|predicted)\s+(?:that\s+)?(?![^.,;]{0,40}?\b(?:it|its|they|their|we|our)\b)`,
);
// "Tesco chief executive Ken Murphy said sales rose": the organisation before a role is still the subject.
const BEFORE_ROLE = /^[\s"“]*[A-Z][\w'’-]+\s+(?=[a-z])/;

/** Where a person named as the speaker opens the claim, from their role to the verb of saying. Anchored
 *  at the claim's start, so it costs a few words however long the claim. */
export function personAt(claim: string): [number, number] | null {
  const m = PERSON_SAID.exec(claim) ?? AFFILIATED_PERSON_SAID.exec(claim);
  if (!m) return null;
  const lead = BEFORE_ROLE.exec(m[0]);
  return [lead ? lead[0].length : 0, m[0].length];
}

// "Analysts at Cornwall Insight expect the cap to fall": a group and where it works, speaking.
const GROUP_SAID = new RegExp(
  String.raw`^[\s"“]*(?:${UNNAMED})\s+(?:(?:also|now|still)\s+)?(?:(?:has|have|had)\s+)?(?:${VERBS})\b`,
);

// "…, Jane Doe told Reuters", "…, Trump wrote in a post on Truth Social", "…, analysts at Jefferies wrote in a
// note to clients", '…," she told the association's annual conference in Harrogate': a speaker closing the
// claim who told or wrote it (a name after a quote's closing mark stays: the quote may be of itself).
const TOLD_OR_WROTE = new RegExp(
  String.raw`(?:,\s*(?:${UNNAMED}\s+|(?:[A-Z][\w.'’-]*\s+){1,3})|,["”]?\s*(?:he|she|they)\s+)(?:told\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*(?:\s+[a-z][\w'’-]*){0,3}|${AUDIENCE_WORDS.join("|")})(?:\s+(?:on|in|at|during)\b[^,;]*)?|wrote\s+(?:in|on)\b[^,;]*)[.!]?["”]?$`,
);

// "…, its developers at the University of Oxford said": a group closing the claim, saying it.
const GROUP_SAID_LAST = new RegExp(
  String.raw`,\s*(?:(?:its|their|the|his|her)\s+)?(?:${UNNAMED})\s+(?:said|says|added|estimated|warned)[.!]?["”]?$`,
);
const TELLING = wordGate("told|wrote");

/** Where a speaker who told or wrote the claim, or a group that said it, closes it, to its end. */
export function toldByAt(claim: string): [number, number] | null {
  const group = claim.includes(" sa") || claim.includes(" ad") ? GROUP_SAID_LAST.exec(claim) : null;
  if (group) return [group.index, claim.length];
  // Only where the told or wrote stands in the claim's last clause: the pattern tries a group at every comma.
  if (!opens(TELLING, claim)) return null;
  const verb = Math.max(claim.lastIndexOf(" told "), claim.lastIndexOf(" wrote "));
  const m = verb > claim.lastIndexOf(",") ? TOLD_OR_WROTE.exec(claim) : null;
  return m ? [m.index, claim.length] : null;
}

/** Where an unnamed group opens the claim speaking ("Analysts at Cornwall Insight expect"), to its verb. */
export function groupAt(claim: string): [number, number] | null {
  const m = GROUP_SAID.exec(claim);
  return m ? [0, m[0].length] : null;
}

/** Where a body that publishes figures opens the claim speaking of others, to its verb of saying. */
export function bodyAt(claim: string): [number, number] | null {
  const m = BODY_SAID.exec(claim);
  return m ? [0, m[0].length] : null;
}

// '"We are living in a time of intense volatility," U.N. High Commissioner for Refugees Filippo Grandi said':
// after a quote, a speaker with a title is who says it, not what it is about.
const QUOTED_BY =
  /[”"]\s+((?:[A-Z][\w.'’-]*\s+|(?:of|for|and)\s+){1,8})(?:said|says|added|told|wrote)\b/;
const TITLED = new RegExp(String.raw`\b(?:${PERSON_TITLES.join("|")})\b`);

/** Where a titled speaker named after a quote stands, to their verb. */
export function quotedByAt(claim: string): [number, number] | null {
  const m = claim.includes("”") || claim.includes('"') ? QUOTED_BY.exec(claim) : null;
  return m && TITLED.test(m[1]!) ? [m.index, m.index + m[0].length] : null;
}

// "…, the U.N. refugee agency said Thursday": a name and what kind of body it is, speaking after the figure.
const BODY_AFTER = new RegExp(
  String.raw`^\.?\s+(?:[a-z]+\s+){0,2}(?:${BODY_TAIL_WORDS.join("|")})\s+(?:(?:has|had)\s+)?(?:said|says|reported|estimated|estimates)\b`,
);
/** Whether the name ending at `end` is a body told by its kind ("the U.N. refugee agency said"). */
export const bodyNamedAfter = (claim: string, end: number): boolean =>
  BODY_AFTER.test(claim.slice(end, end + 50));

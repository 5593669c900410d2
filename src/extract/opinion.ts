// Sentences that assert nothing a fact-checker could verify: conclusions, rhetoric, hedged speculation,
// questions and first-person opinion. They are reported in `ignored`, never as claims.

import type { Cues } from "./cues.js";
import { wordCount } from "./text.js";
import type { Claim, OpinionKind, Quantity } from "./types.js";
import { opens, wordGate } from "./word-gates.js";

// "Overall" and "ultimately" open a conclusion only as a discourse marker ("Overall, …"); "Overall
// earnings rose 11.8 pct" is a figure like any other.
const CONCLUSION =
  /^(?:in conclusion|in summary|to sum up|to conclude|all in all)\b|^(?:in short|ultimately|overall)\s*,/i;
// "It is a remarkable turnaround for a company that was nearly bankrupt": the story's own verdict on what
// it reports, with no figure of its own.
const JUDGED =
  /^[\s"“]*(?:It|This|That)(?:['’]s| is| was) an? (?:remarkable|extraordinary|stunning|astonishing|striking|sobering|worrying|troubling|welcome|bold|risky|brave|humiliating|embarrassing)\b/;
export interface OpinionContext {
  /** True once the paragraph has opened with "In conclusion" or the like. */
  concluding: boolean;
}

const NO_COMMENT =
  /\b(?:declined|refused) to (?:comment|predict|speculate|elaborate|give details)\b|\b(?:did not|didn't|would not|wouldn't) elaborate\b|\b(?:did not|didn't)(?: immediately)? (?:respond|reply) to (?:a |an )?(?:requests?|messages?|e-?mails?|calls?|inquiries)\b|\bcould not (?:immediately )?be reached\b|\b(?:was|were) not (?:immediately )?available for comment\b/i;

// Speculation that no figure makes checkable: "It's not hard to imagine 5,000 jobs going", "I'm not going
// to speculate on the 2% figure", "That ought to worry its rivals", "It is hard to overstate how badly …",
// "It would be surprising if the Fed moved again before March".
const SPECULATING =
  /\b(?:(?:it['’]s|it is) not hard to (?:imagine|see)|(?:I['’]m|I am|we['’]re|we are) not going to speculate|ought to|(?:it['’]s|it is) (?:hard|difficult|impossible) to (?:say|overstate|exaggerate|see how|imagine how)|(?:cannot|can't|can ?not) be overstated|remains to be seen|(?:it would be|it['’]d be) (?:surprising|a surprise|unusual|wise|unwise|foolish|naive|a mistake))\b/i;
// Speculation on how people will feel, and what no one would dispute: "The move is likely to anger
// investors", "Few would argue that …". Tried only where "likely", "bound", "sure", "certain" or "would" stand.
const FEELING_AHEAD =
  /\b(?:(?:is|are) (?:likely|bound|sure|certain) to (?:anger|worry|alarm|upset|frustrate|disappoint|delight|please|unsettle|rattle|spook|irritate|infuriate)|(?:few|no one|nobody) would (?:argue|disagree|dispute|deny))\b/i;
// One pattern for the five words: five string searches of a sentence cost twice as much.
const FEELING_WORD = /\b(?:would|likely|bound|sure|certain) /;
const FEELING = wordGate("would|likely|bound|sure|certain");
const SPECULATION = wordGate(
  "hard|speculate|ought|difficult|impossible|overstated|remains|surprising|surprise|unusual|wise|unwise|foolish|naive|mistake",
);
const NOT_COMMENTING = wordGate("declined|refused|elaborate|respond|reply|reached|available");
// A speaker's verdict in their own words, and nothing else: 'Lancaster said the quarter's figures were
// "deeply worrying" but not unexpected', 'He called the decision "a betrayal"', 'said the figures showed
// "modest progress"', 'said the figures were "a stark warning" ahead of the winter'.
// 'told the BBC the figures were "encouraging but fragile"' too.
const QUOTED_VERDICT =
  /\b(?:said|says|told|tells|called|calls|described|describes)\b[^"“.]{0,80}?\s(?:is|was|were|are|as|it|them|her|him|this|that|the\s+[a-z]+|show(?:s|ed)|mark(?:s|ed)|represent(?:s|ed))\s+["“][^"”]{1,60}["”](?:\s+(?:and|but|ahead\s+of|before|after|for|amid|given)\s+[^"“”.,\d]{0,40})?[.!]?$/;
// What a speaker feels, wants or judges, in quotes: "We have to find a way to make this work," she said;
// "This is a welcome step in the right direction", "This is a disaster for working families", "Nobody
// knows what will happen next", "The only lasting solution is a sustained increase in supply".
const QUOTED_FEELING =
  /\b(?:congratulations|what a day|epic|have to|has to|need to|must|should|hope|believe|think|feel|want to|proud|worried|excited|delighted|disappointed|disappointing|thrilled|confident|welcome|right direction|good news|great news|encouraging|unacceptable|outrageous|shameful|fantastic|stay the course|tough|difficult|challenging|incredible|amazing|terrible|awful|wonderful|remarkable|disaster|catastrophe|(?:dark|black|sad|great|proud|historic) day|(?:right|wrong) (?:decision|call|thing to do)|absolutely|catastrophic|scandal|scandalous|disgrace|disgraceful|betrayal|shambles|brutal|grim|heartbreaking|devastating|nightmare|ridiculous|unbelievable|horrible|(?:nobody|no one|who) knows|it is what it is|only (?:[a-z]+ )?(?:solution|answer|way forward))\b/i;
// "Some weeks I wonder why I bother," "I'll keep going as long as I can": a quote in the first person
// singular that names nothing and no time is the speaker's own experience, not a claim ("we" is as often
// an organisation's voice: "We will not sign this deal" is a pledge to hold it to).
const FIRST_PERSON = /\b(?:I|I['’](?:m|ll|ve|d)|[Mm]y)\b/;
const QUOTE_TEXT = /^["“‘]([^"”’]*)/;
// A sentence going on inside a quote opened before it: "I am so happy. I have been training for this for a
// long time," she said.
const QUOTE_GOING_ON = /^([^"“”]*)["”]/;
const NAMES_SOMETHING = /\s(?!I\b|I['’])[A-Z]|\b(?:1[89]|20)\d{2}\b/;
function ownExperience(sentence: string, inQuote: boolean): boolean {
  const quote = (inQuote ? QUOTE_GOING_ON : QUOTE_TEXT).exec(sentence)?.[1];
  return quote !== undefined && FIRST_PERSON.test(quote) && !NAMES_SOMETHING.test(quote);
}

// The writer's own weighing of what might happen, or advice: "Cut too soon, and inflation could become
// entrenched", "Wait too long, and the job market could crack", "borrowers should not expect a return to the
// ultra-low rates of the 2010s any time soon", "That leaves Governor Andrew Bailey in an awkward spot".
const TOO_SOON =
  /^[\s"“]*[A-Z][a-z]+\s+(?:(?:it|them|rates|prices)\s+)?too\s+(?:soon|early|late|long|much|little|fast|far|quickly|slowly|hard),\s+and\s/;
const ADVICE =
  /\b(?:should|shouldn['’]t|need|needn['’]t)\s+(?:not\s+)?(?:expect|brace|hold\s+(?:their|your|its)\s+breath|count\s+on|bank\s+on|panic|hope\s+for)\b/;
const AWKWARD_SPOT =
  /^[\s"“]*(?:That|This|It)\s+(?:leaves|puts|places|left|put)\s+[^,;]{1,60}?\s+in\s+an?\s+(?:awkward|difficult|tricky|tough|uncomfortable|unenviable|precarious|delicate|impossible)\s+(?:spot|position|place|bind|situation)\b/;
const WEIGHING = wordGate("too|should|shouldn|need|needn|leaves|puts|places|left|put");

// "The King's Fund, a think tank, was more cautious": a stance, with nothing said that could be checked.
const STANCE =
  /^[^,;]{1,60}(?:,[^,;]{1,60},)?\s+(?:was|were|is|are|remained|remains)\s+(?:(?:more|less|far\s+more|much\s+more|rather|also)\s+)?(?:cautious|optimistic|pessimistic|upbeat|downbeat|sceptical|skeptical|circumspect|bullish|bearish|guarded|relaxed|sanguine)\.?$/;
const STANCE_WORD = wordGate(
  "cautious|optimistic|pessimistic|upbeat|downbeat|sceptical|skeptical|circumspect|bullish|bearish|guarded|relaxed|sanguine",
);

// The verb may be the figure: "Output nearly tripled.", "Profits halved."
const THING_VERB_FIGURE =
  /^[A-Z][a-z]+\s+(?:[a-z]+\s+\S*\d|(?:(?:nearly|almost|roughly|more\s+than)\s+)?(?:doubled|tripled|trebled|quadrupled|halved)\b)/;
const DATED_PAST = /\b(?:was|were|had|did|[a-z]{3,}ed)\b.*\b(?:1[89]|20)\d{2}\b/;

/** The kind of non-assertion a sentence is, or null when it may hold a checkable claim.
 *  `figures`: whether the sentence states any quantity; a figure makes even a hedged sentence checkable. */
export function opinionKind(
  sentence: string,
  ctx: OpinionContext,
  cues: Cues,
  figures: boolean,
  /** The sentence goes on a quote opened before it: its "we" is the speaker's. */
  inQuote = false,
): OpinionKind | null {
  // Too short to assert anything, unless it is a thing, a verb and a figure: "Exports fell 8.9%."
  if (wordCount(sentence, 4) < 4 && !(figures && THING_VERB_FIGURE.test(sentence)))
    return "no_assertion";
  // A conclusion colours the rest of its paragraph, but a figure stated in it is still checkable.
  if (CONCLUSION.test(sentence)) {
    ctx.concluding = true;
    if (!figures) return "rhetoric";
  }
  const quoted = inQuote || /^["“‘]/.test(sentence);
  if (/\?["”’)]*$/.test(sentence) && !quoted) return "question";
  if (!quoted && cues.has("first_person")) return "first_person";
  if (opens(SPECULATION, sentence) && SPECULATING.test(sentence)) return "hedge";
  if (opens(FEELING, sentence) && FEELING_WORD.test(sentence) && FEELING_AHEAD.test(sentence))
    return "hedge";
  if (figures) return null;
  if (quoted && QUOTED_FEELING.test(sentence)) return "rhetoric";
  // Most sentences hold no closing quote mark: a string search first.
  if ((sentence.includes("”") || sentence.includes('"')) && QUOTED_VERDICT.test(sentence))
    return "rhetoric";
  if (quoted && ownExperience(sentence, inQuote)) return "first_person";
  if (opens(STANCE_WORD, sentence) && STANCE.test(sentence)) return "no_assertion";
  // "Nvidia declined to comment.": a reporting formula, nothing said to check.
  if (opens(NOT_COMMENTING, sentence) && NO_COMMENT.test(sentence)) return "no_assertion";
  // "He gave no other details.": too short to name anyone or anything a checker could look up.
  // Told in the past with its year, it is checkable: "The company was founded in 1998."
  if (wordCount(sentence, 7) < 7 && !/\s[A-Z]/.test(sentence) && !DATED_PAST.test(sentence))
    return "no_assertion";
  if (ctx.concluding || cues.has("rhetoric") || JUDGED.test(sentence)) return "rhetoric";
  if (opens(WEIGHING, sentence)) {
    if (TOO_SOON.test(sentence) || (!quoted && ADVICE.test(sentence))) return "hedge";
    if (AWKWARD_SPOT.test(sentence)) return "rhetoric";
  }
  if (cues.has("speculation")) return "hedge";
  return null;
}

// A quote the story reports that states no figure, no time, names nothing and scores as unlikely to be
// checked ("Behind every one is a frightened patient on a trolley", "We didn't play our best football, but
// the character was there") is the speaker's commentary; a pledge in the first person ("We will not sign
// this deal") stays a claim to hold them to.
const COMMENTARY_SCORE = 0.2;
const PLEDGE = /\b(?:I|we|We)\s+(?:will|won['’]t|shall|must|would never|are going to)\b/;
// The words inside the quote: one opening the claim or after a colon ('Boyle said: "These are not just
// numbers'), or a sentence going on inside one; not a phrase quoted inside the story's own sentence
// ('described as "back-end" protection, would require …').
const OPENED = /^[\s(]*["“]([^"”]*)|:\s*["“]([^"”]*)/;
const GOING_ON = /^[^"“”]*/;
export type ReadClaim = Pick<Claim, "text" | "quantities" | "time" | "checkworthiness">;
export function quotedCommentary(claim: ReadClaim, inQuote: boolean): boolean {
  if (claim.checkworthiness >= COMMENTARY_SCORE || claim.quantities.length > 0) return false;
  if (claim.time !== null && claim.time.basis !== "publication" && claim.time.basis !== "inherited")
    return false;
  const opened = inQuote ? null : OPENED.exec(claim.text);
  const words = inQuote ? GOING_ON.exec(claim.text)![0] : (opened?.[1] ?? opened?.[2]);
  return words !== undefined && !NAMES_SOMETHING.test(words) && !PLEDGE.test(words);
}

/** Whether a sentence states a figure of its own: a speaker's age set off by commas ('"What a day!" Elon
 *  Musk, 52, wrote') says nothing checkable about what was said. `at`: where the sentence starts. */
export function statesFigures(s: string, at: number, quantities: readonly Quantity[]): boolean {
  return quantities.some((q) => {
    const [start, end] = [q.span.start - at, q.span.end - at];
    return !(
      q.type === "duration" &&
      q.unit === "year" &&
      s.slice(Math.max(0, start - 2), start) === ", " &&
      s[end] === ","
    );
  });
}

// Sentences that assert nothing a fact-checker could verify: conclusions, rhetoric, hedged speculation,
// questions and first-person opinion. They are reported in `ignored`, never as claims.
import { wordCount } from "./checkworthiness.js";
import type { OpinionKind } from "./types.js";

const CONCLUSION = /^(?:in conclusion|in summary|to sum up|to conclude|all in all|in short|ultimately|overall)\b/i;
const RHETORIC =
  /\b(?:highlights? the (?:challenges|importance|need|complexity|risks?|difficulties)|remains to be seen|only time will tell|will depend (?:not (?:just|only) )?on|depends? (?:not (?:just|only) )?on|long road ahead|a complex (?:environment|landscape|picture)|it is (?:clear|important|worth noting|unclear) (?:that|whether)|raises? (?:questions|concerns) about|serves? as a reminder|underscores? the|the goal is to|play(?:s|ed)? an? (?:key |major |significant |crucial |pivotal |important )?role|at a crossroads|a double-edged sword|the road ahead|time will tell)\b/i;
const HEDGE_OPINION = /\b(?:suggests?|speculate[sd]?|believes?|feels?) that\b/i;
const FIRST_PERSON = /\b(?:I|[Ww]e) (?:think|believe|feel|hope|argue|would argue|expect)\b|\b[Ii]n my (?:view|opinion)\b/;

export interface OpinionContext {
  /** True once the paragraph has opened with "In conclusion" or the like. */
  concluding: boolean;
}

/** The kind of non-assertion a sentence is, or null when it may hold a checkable claim. */
/** `figures`: whether the sentence states any quantity; a figure makes even a hedged sentence checkable. */
export function opinionKind(sentence: string, ctx: OpinionContext, figures: boolean): OpinionKind | null {
  if (wordCount(sentence, 4) < 4) return "no_assertion";
  if (CONCLUSION.test(sentence)) {
    ctx.concluding = true;
    return "rhetoric";
  }
  const quoted = /^["“‘]/.test(sentence);
  if (/\?["”’)]*$/.test(sentence) && !quoted) return "question";
  if (!quoted && FIRST_PERSON.test(sentence)) return "first_person";
  const numeric = figures;
  if (ctx.concluding && !numeric) return "rhetoric";
  if (RHETORIC.test(sentence) && !numeric) return "rhetoric";
  if (HEDGE_OPINION.test(sentence) && !numeric) return "hedge";
  return null;
}

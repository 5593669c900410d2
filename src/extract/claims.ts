// Stage 5: the checkable assertions of a sentence: their spans, kinds and subjects.
import type { ClaimKind, Quantity, Span } from "./types.js";

// Discourse words that frame an assertion without being part of it.
const LEAD =
  /^(?:(?:however|nevertheless|nonetheless|meanwhile|moreover|furthermore|in addition|additionally|still|yet|also|indeed|instead|even so|as a result|by contrast|in contrast|separately|similarly|likewise|notably|importantly|despite (?:this|that|these|the \w+|\w+)|regardless),\s+)+/i;
const TRAIL_WITH = /,\s+with\s+[^,]*(?:,[^,]*)*$/;

/** Clause spans (absolute) of a sentence that each carry a claim. */
export function claimSpans(text: string, sentence: Span, quantities: Quantity[]): Span[] {
  const s = text.slice(sentence.start, sentence.end);
  const parts: Span[] = [];
  // Independent statements joined by semicolons become separate claims when each states a figure.
  let from = 0;
  const pieces: [number, number][] = [];
  for (const m of s.matchAll(/;\s+/g)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, s.length]);
  const hasFigure = ([a, b]: [number, number]) =>
    quantities.some((q) => q.span.start >= sentence.start + a && q.span.end <= sentence.start + b);
  const split = pieces.length > 1 && pieces.every(hasFigure);
  for (const [a, b] of split ? pieces : [[0, s.length] as [number, number]]) {
    parts.push(trim(s, a, b, sentence.start, quantities));
  }
  return parts;
}

function trim(s: string, a: number, b: number, offset: number, quantities: Quantity[]): Span {
  const piece = s.slice(a, b);
  const lead = LEAD.exec(piece);
  let start = a + (lead && piece.length - lead[0].length > 20 ? lead[0].length : 0);
  let end = b;
  const trail = TRAIL_WITH.exec(s.slice(start, end));
  if (trail && trail.index > 30) {
    const cut = start + trail.index;
    const inTrail = quantities.some((q) => q.span.start >= offset + cut && q.span.end <= offset + end);
    if (!inTrail) end = cut;
  }
  while (end > start && /[\s.;,:!?…]/.test(s[end - 1]!) && !/["”’)]/.test(s[end - 1]!)) end--;
  while (start < end && /\s/.test(s[start]!)) start++;
  return { start: offset + start, end: offset + end };
}

// A quotation is several quoted words, not a scare-quoted term ("controllable").
const QUOTE = /["“][^"”]*\s[^"”]*\s[^"”]*\s[^"”]*["”]/;
const ATTRIBUTION =
  /\b(?:said|says|say|told|according to|noted|notes|argued?|argues|claimed?|claims|stated|reported|announced|insisted)\b/i;
const PROJECTION =
  /\b(?:will|is expected to|are expected to|expects? to|projected|forecasts?|forecasted|predicted|is set to|are set to|plans? to|aims? to|targets?|is likely to|by (?:the end of )?(?:19|20)\d{2}|next year|outlook)\b/i;
const CHANGE =
  /\b(?:rose|rise[sn]?|increased?|increases|grew|grown|climbed|jumped|surged|soared|gained|fell|fallen|dropped|declined|decreased|slipped|slid|plunged|tumbled|shrank|doubled|tripled|halved|up from|down from|cut)\b/i;
// "more than 4,000" bounds a figure; it compares it with nothing.
const BOUND_WORDS = /\b(?:more|less|fewer|greater|higher|lower) than\s+(?=[$£€¥\d])/gi;
const COMPARISON = /\b(?:than|compared (?:with|to)|versus|vs\.?|relative to|as (?:much|many) as|twice|times (?:as|more))\b/i;
const RANKING = /\b(?:largest|biggest|highest|lowest|leading|top|record|No\.\s?\d|first|best|worst|most|least)\b/i;
const CAUSAL = /\b(?:because|due to|caused|causing|led to|leading to|as a result of|driven by|influenced by|resulted in|thanks to|owing to)\b/i;

export function classify(claim: string, quantities: Quantity[]): ClaimKind {
  const figures = quantities.length > 0;
  if (QUOTE.test(claim)) return "quote";
  if (PROJECTION.test(claim)) return "projection";
  if (quantities.some((q) => q.role === "from" || q.role === "to") || (figures && CHANGE.test(claim))) return "change";
  if (figures && COMPARISON.test(claim.replace(BOUND_WORDS, ""))) return "comparison";
  if (quantities.some((q) => q.type === "rank") || RANKING.test(claim)) return figures && !quantities.some((q) => q.type === "rank") ? "statistic" : "ranking";
  if (figures) return "statistic";
  if (CAUSAL.test(claim)) return "causal";
  if (ATTRIBUTION.test(claim)) return "attribution";
  return "event";
}

const PROPER = "(?:[A-Z][\\w&'’.-]*|[a-z]+[A-Z][\\w&'’.-]*)";
const NAME = new RegExp(`${PROPER}(?:\\s+(?:${PROPER}|of|and|de|la))*`, "g");
const NOT_SUBJECT = new Set([
  "The", "A", "An", "In", "On", "At", "By", "For", "From", "As", "After", "Before", "During", "While",
  "Despite", "Even", "Although", "However", "But", "And", "This", "That", "These", "Those", "It", "Its",
  "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Now", "Then", "When", "If", "Since",
  "Other", "Some", "Many", "Most", "Past", "Companies", "Startups", "Industry", "Market", "Analysts",
  "Experts", "Chinese", "American", "US", "U.S.", "Former", "Nevertheless", "Meanwhile", "Still", "Also",
  "AI", "CEO", "GDP", "UK", "EU", "UN",
]);
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The claim's main named entity: the first proper name that is not a date or a function word. */
export function findSubject(claim: string): string | null {
  NAME.lastIndex = 0;
  for (let m = NAME.exec(claim); m; m = NAME.exec(claim)) {
    const words = m[0].split(/\s+/);
    while (words.length && (NOT_SUBJECT.has(words[0]!) || MONTH_OR_DAY.test(words[0]!) || /^(?:of|and|de|la)$/.test(words[0]!) || /-based$/.test(words[0]!))) words.shift();
    while (words.length && /^(?:of|and|de|la)$/.test(words[words.length - 1]!)) words.pop();
    const name = words.join(" ").split(/[’']s\b/)[0]!.replace(/[.,]$/, "");
    if (name && !/^\d/.test(name)) return name;
  }
  return null;
}

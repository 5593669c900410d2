// Stage 6: how much a claim is worth checking, 0..1. A transparent additive heuristic: checkable
// figures and dates raise it, hedges and sheer length lower it. Issue 3 puts a trained model behind
// the same field.
import type { Cues } from "./cues.js";
import type { ClaimKind, ClaimTime, Quantity } from "./types.js";

const KIND_WEIGHT: Record<ClaimKind, number> = {
  statistic: 0.15, change: 0.15, comparison: 0.12, ranking: 0.1, projection: 0.05, event: 0.05,
  causal: 0.05, quote: 0.02, attribution: 0.02,
};

/** Words in the text, counting no further than `max`. */
export function wordCount(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(" "); i >= 0 && n < max; i = text.indexOf(" ", i + 1)) n++;
  return text.trim() ? n + 1 : 0;
}

export interface Signals {
  text: string;
  kind: ClaimKind;
  quantities: Quantity[];
  time: ClaimTime | null;
  subject: string | null;
  cues: Cues;
}

export function checkworthiness({ text, kind, quantities, time, subject, cues }: Signals): number {
  let score = 0.25;
  const types = new Set(quantities.map((q) => q.type));
  if (types.has("money") || types.has("percent") || types.has("percentage_points")) score += 0.3;
  else if (types.size > 0) score += 0.2;
  if (time && (time.basis === "explicit" || time.basis === "relative")) score += 0.1;
  if (subject) score += 0.1;
  score += KIND_WEIGHT[kind];
  if (cues.has("hedge")) score -= 0.15;
  if (wordCount(text, 51) > 50) score -= 0.1;
  return Math.round(Math.min(0.99, Math.max(0.01, score)) * 100) / 100;
}

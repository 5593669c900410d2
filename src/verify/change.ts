// The rules of a claim change, apart from HTTP and SQL: which moves are allowed, when a verdict is
// required or refused, and what the change records in the history.
import { allowedMoves, canMove, type Status } from "./status.js";
import type { Verdict } from "./verdicts.js";

/** What a PATCH may change, in the order the history records it. */
export const EDITABLE = [
  "status",
  "verdict",
  "assignee",
  "note",
  "reviewUrl",
  "summary",
  "claimant",
  "explanation",
] as const;
export type EditableField = (typeof EDITABLE)[number];

export interface ClaimState {
  status: Status;
  verdict: Verdict | null;
  assignee: string | null;
  note: string | null;
  reviewUrl: string | null;
  summary: string;
  claimant: string | null;
  explanation: string | null;
}

export type ChangeRequest = {
  [K in EditableField]?: K extends "status" | "verdict" ? ClaimState[K] & {} : ClaimState[K] | null;
};

export type Refusal =
  | { kind: "conflict"; from: Status; to: Status; allowed: Status[] }
  | { kind: "invalid"; path: string; message: string };

export interface Plan {
  patch: Partial<ClaimState> & { resolvedAt?: string | null };
  changes: Record<string, { from: unknown; to: unknown }>;
}

/** The patch and history entry for a change, or why it is refused. `sources` counts the claim's sources. */
export function planChange(
  current: ClaimState & { text: string },
  req: ChangeRequest,
  sources: number,
  now: string,
): Plan | Refusal {
  const to = req.status ?? current.status;
  if (!canMove(current.status, to))
    return { kind: "conflict", from: current.status, to, allowed: allowedMoves(current.status) };
  const { text, ...state } = current;
  const next: ClaimState = { ...state, status: to };
  if (to === "resolved") {
    next.verdict = req.verdict ?? current.verdict;
    if (!next.verdict)
      return {
        kind: "invalid",
        path: "verdict",
        message: "a verdict is required to resolve a claim",
      };
    if (current.status !== "resolved" && sources < 1) {
      return {
        kind: "invalid",
        path: "status",
        message: "a claim needs at least one source before it can be resolved",
      };
    }
  } else {
    if (req.verdict !== undefined)
      return {
        kind: "invalid",
        path: "verdict",
        message: "a verdict is given only when resolving (status: resolved)",
      };
    next.verdict = null;
  }
  if (req.assignee !== undefined) next.assignee = req.assignee || null;
  if (req.note !== undefined) next.note = req.note;
  if (req.reviewUrl !== undefined) next.reviewUrl = req.reviewUrl;
  // A summary cleared is the claim's text again.
  if (req.summary !== undefined) next.summary = req.summary ?? text;
  if (req.claimant !== undefined) next.claimant = req.claimant || null;
  if (req.explanation !== undefined) next.explanation = req.explanation || null;

  const patch: Plan["patch"] = {};
  const changes: Plan["changes"] = {};
  for (const key of EDITABLE) {
    if (next[key] === current[key]) continue;
    (patch as Record<string, unknown>)[key] = next[key];
    changes[key] = { from: current[key], to: next[key] };
  }
  if (changes.status) patch.resolvedAt = to === "resolved" ? now : null;
  return { patch, changes };
}

export const isRefusal = (p: Plan | Refusal): p is Refusal => "kind" in p;

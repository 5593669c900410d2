import { describe, expect, it } from "vitest";
import { type ClaimState, planChange } from "../../src/verify/change.js";
import { STATUSES, type Status } from "../../src/verify/status.js";

const TEXT = "Nvidia generated a record $17.1 billion from China";
const state = (status: Status, extra: Partial<ClaimState> = {}): ClaimState & { text: string } => ({
  text: TEXT,
  status,
  verdict: null,
  assignee: null,
  note: null,
  reviewUrl: null,
  summary: TEXT,
  claimant: "Reuters",
  explanation: null,
  ...extra,
});
const NOW = "2025-08-21T10:00:00.000Z";
const ALLOWED = new Set([
  "new>in_review",
  "new>dismissed",
  "in_review>resolved",
  "in_review>dismissed",
  "in_review>new",
  "resolved>in_review",
  "dismissed>new",
]);

describe("status moves", () => {
  for (const from of STATUSES) {
    for (const to of STATUSES.filter((s) => s !== from)) {
      const allowed = ALLOWED.has(`${from}>${to}`);
      it(`${from} → ${to} is ${allowed ? "allowed" : "refused"}`, () => {
        const plan = planChange(
          state(from, from === "resolved" ? { verdict: "true" } : {}),
          { status: to, ...(to === "resolved" ? { verdict: "false" } : {}) },
          1,
          NOW,
        );
        if (allowed) expect(plan).toMatchObject({ changes: { status: { from, to } } });
        else expect(plan).toMatchObject({ kind: "conflict", from, to });
      });
    }
  }
});

describe("verdicts", () => {
  it("resolving needs a verdict and a source", () => {
    expect(planChange(state("in_review"), { status: "resolved" }, 1, NOW)).toMatchObject({
      kind: "invalid",
      path: "verdict",
    });
    expect(
      planChange(state("in_review"), { status: "resolved", verdict: "true" }, 0, NOW),
    ).toMatchObject({ kind: "invalid", path: "status" });
    expect(
      planChange(state("in_review"), { status: "resolved", verdict: "true" }, 1, NOW),
    ).toMatchObject({
      patch: { status: "resolved", verdict: "true", resolvedAt: NOW },
    });
  });

  it("a verdict comes only with resolving, and reopening clears it", () => {
    expect(planChange(state("in_review"), { verdict: "true" }, 1, NOW)).toMatchObject({
      kind: "invalid",
      path: "verdict",
    });
    expect(
      planChange(state("resolved", { verdict: "false" }), { status: "in_review" }, 1, NOW),
    ).toMatchObject({
      patch: { status: "in_review", verdict: null, resolvedAt: null },
      changes: { verdict: { from: "false", to: null } },
    });
  });

  it("a resolved claim may change its verdict without moving", () => {
    expect(
      planChange(state("resolved", { verdict: "false" }), { verdict: "mostly_false" }, 1, NOW),
    ).toMatchObject({
      changes: { verdict: { from: "false", to: "mostly_false" } },
    });
  });

  it("records only what changed", () => {
    expect(
      planChange(
        state("new", { assignee: "ana" }),
        { assignee: "ana", note: "look at the 10-K" },
        0,
        NOW,
      ),
    ).toEqual({
      patch: { note: "look at the 10-K" },
      changes: { note: { from: null, to: "look at the 10-K" } },
    });
  });

  it("a cleared summary is the claim's text again; a blank claimant or explanation is none", () => {
    expect(
      planChange(
        state("new", { summary: "Nvidia: $17.1bn from China", explanation: "old" }),
        { summary: null, claimant: "", explanation: "" },
        0,
        NOW,
      ),
    ).toEqual({
      patch: { summary: TEXT, claimant: null, explanation: null },
      changes: {
        summary: { from: "Nvidia: $17.1bn from China", to: TEXT },
        claimant: { from: "Reuters", to: null },
        explanation: { from: "old", to: null },
      },
    });
  });
});

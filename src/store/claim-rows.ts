// Claims between their extraction shape and their rows: one claim row, one row per quantity.
import type { claims, PreviouslyChecked, quantities } from "../../db/schema.js";
import type { Claim as Extracted, Quantity } from "../extract/index.js";
import type { Verdict } from "../verify/verdicts.js";

export type ClaimRow = typeof claims.$inferSelect;
export type QuantityRow = typeof quantities.$inferSelect;

export interface StoredClaim extends Omit<Extracted, "id"> {
  id: string;
  articleId: string;
  status: ClaimRow["status"];
  verdict: Verdict | null;
  assignee: string | null;
  note: string | null;
  reviewUrl: string | null;
  resolvedAt: string | null;
  summary: string;
  claimant: string | null;
  explanation: string | null;
  previouslyChecked: PreviouslyChecked | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export function claimRow(
  c: Extracted,
  ids: { id: string; orgId: string; articleId: string; position: number },
  createdAt: string,
  /** Who made the claim as far as ingest knows: until the extractor reads claimants, the outlet. */
  claimant: string | null,
): ClaimRow {
  const t = c.time;
  return {
    id: ids.id,
    orgId: ids.orgId,
    articleId: ids.articleId,
    position: ids.position,
    text: c.text,
    spanStart: c.span.start,
    spanEnd: c.span.end,
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    kind: c.kind,
    checkworthiness: c.checkworthiness,
    subject: c.subject,
    timeText: t ? t.text : null,
    timeSpanStart: t?.span ? t.span.start : null,
    timeSpanEnd: t?.span ? t.span.end : null,
    timeStart: t ? t.start : null,
    timeEnd: t ? t.end : null,
    timeGranularity: t ? t.granularity : null,
    timeBasis: t ? t.basis : null,
    status: "new",
    verdict: null,
    assignee: null,
    note: null,
    reviewUrl: null,
    resolvedAt: null,
    summary: null,
    claimant,
    explanation: null,
    previouslyChecked: null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

export function quantityRows(q: Quantity[], claimId: string, orgId: string) {
  return q.map((x, position) => ({
    claimId,
    orgId,
    position,
    text: x.text,
    spanStart: x.span.start,
    spanEnd: x.span.end,
    type: x.type,
    value: x.value,
    unit: x.unit,
    approximate: x.approximate,
    bound: x.bound,
    role: x.role,
  })) satisfies (typeof quantities.$inferInsert)[];
}

function toQuantity(r: QuantityRow): Quantity {
  return {
    text: r.text,
    span: { start: r.spanStart, end: r.spanEnd },
    type: r.type as Quantity["type"],
    value: r.value,
    unit: r.unit,
    approximate: r.approximate,
    bound: r.bound as Quantity["bound"],
    role: r.role as Quantity["role"],
  };
}

export function toClaim(r: ClaimRow, qs: QuantityRow[]): StoredClaim {
  const time =
    r.timeStart && r.timeEnd
      ? {
          text: r.timeText,
          span:
            r.timeSpanStart !== null && r.timeSpanEnd !== null
              ? { start: r.timeSpanStart, end: r.timeSpanEnd }
              : null,
          start: r.timeStart,
          end: r.timeEnd,
          granularity: r.timeGranularity as NonNullable<Extracted["time"]>["granularity"],
          basis: r.timeBasis as NonNullable<Extracted["time"]>["basis"],
        }
      : null;
  return {
    id: r.id,
    articleId: r.articleId,
    text: r.text,
    span: { start: r.spanStart, end: r.spanEnd },
    sentence: { start: r.sentenceStart, end: r.sentenceEnd },
    kind: r.kind as Extracted["kind"],
    checkworthiness: r.checkworthiness,
    subject: r.subject,
    quantities: qs.sort((a, b) => a.position - b.position).map(toQuantity),
    time,
    status: r.status,
    verdict: r.verdict as Verdict | null,
    assignee: r.assignee,
    note: r.note,
    previouslyChecked:
      (typeof r.previouslyChecked === "string"
        ? JSON.parse(r.previouslyChecked)
        : r.previouslyChecked) ?? null,
    reviewUrl: r.reviewUrl,
    resolvedAt: r.resolvedAt,
    summary: r.summary ?? r.text,
    claimant: r.claimant,
    explanation: r.explanation,
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt ?? r.createdAt,
  };
}

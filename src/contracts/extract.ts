// What a caller may submit for extraction and what comes back: shared by the CLI and `POST /v1/extract`.
import { z } from "@hono/zod-openapi";
import {
  CLAIM_KINDS,
  GRANULARITIES,
  IGNORED_REASONS,
  QUANTITY_BOUNDS,
  QUANTITY_ROLES,
  QUANTITY_TYPES,
  TIME_BASES,
} from "../extract/index.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A real calendar date, optionally with a time: "2025-08-20", "2025-08-20T14:03:00Z". */
export function isIsoDate(v: string): boolean {
  const m = ISO_DATE.exec(v);
  if (!m) return false;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return (
    day.getUTCMonth() === Number(m[2]) - 1 &&
    day.getUTCDate() === Number(m[3]) &&
    !Number.isNaN(Date.parse(v))
  );
}

/** A link a person may follow from a page or a ClaimReview: http(s) only, never javascript:, data: or file:. */
export const webUrl = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL");

export const isoDate = z
  .string()
  .refine(isIsoDate, "must be an ISO 8601 date (YYYY-MM-DD), optionally with a time");

export const ExtractRequest = z
  .object({
    text: z.string().max(2_000_000, "must be at most 2,000,000 characters"),
    publishedAt: isoDate.nullish().openapi({ example: "2025-08-20" }),
    title: z.string().max(1000).nullish(),
    url: z.string().max(2048).nullish(),
  })
  .openapi("ExtractRequest");
export type ExtractRequest = z.infer<typeof ExtractRequest>;

const Span = z.object({ start: z.number().int(), end: z.number().int() }).openapi("Span");

export const Quantity = z
  .object({
    text: z.string(),
    span: Span,
    type: z.enum(QUANTITY_TYPES),
    value: z.number(),
    unit: z.string().nullable(),
    approximate: z.boolean(),
    bound: z.enum(QUANTITY_BOUNDS).nullable(),
    role: z.enum(QUANTITY_ROLES).nullable(),
  })
  .openapi("Quantity");

export const ClaimTime = z
  .object({
    text: z.string().nullable(),
    span: Span.nullable(),
    start: z.string().openapi({ example: "2024-02-01" }),
    end: z.string().openapi({ example: "2025-01-31" }),
    granularity: z.enum(GRANULARITIES),
    basis: z.enum(TIME_BASES),
  })
  .openapi("ClaimTime");

export const ExtractedClaim = z
  .object({
    id: z.string(),
    text: z.string(),
    span: Span,
    sentence: Span,
    kind: z.enum(CLAIM_KINDS),
    checkworthiness: z.number().min(0).max(1),
    subject: z.string().nullable(),
    claimant: z.string().nullable().openapi({
      description: "Who asserts the claim, as the story names them; null in the story's own voice",
    }),
    quantities: z.array(Quantity),
    time: ClaimTime.nullable(),
  })
  .openapi("ExtractedClaim");

export const Extraction = z
  .object({
    claims: z.array(ExtractedClaim),
    ignored: z.array(
      z.object({
        span: Span,
        reason: z.enum(IGNORED_REASONS),
        detail: z.string().openapi({ example: "newsletter" }),
      }),
    ),
  })
  .openapi("Extraction");

/** zod issues as `{path, message}` pairs, the form problem details and the CLI report. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

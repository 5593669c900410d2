import { createRoute, z } from "@hono/zod-openapi";
import { webUrl } from "../../contracts/extract.js";
import { StoredClaim } from "../../contracts/resources.js";
import { WRITER_ROLES } from "../../store/constants.js";
import { EDITABLE } from "../../verify/change.js";
import { STATUSES } from "../../verify/status.js";
import { VERDICTS } from "../../verify/verdicts.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { json } from "../openapi.js";

const IdParam = z.object({ id: z.string().max(64) });
const common = { tags: ["Verification"], security: [{ bearer: [] }] };

export const ClaimChange = z
  .object({
    status: z.enum(STATUSES).optional(),
    verdict: z.enum(VERDICTS).optional(),
    assignee: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: "A checker's email or name; null to unassign" }),
    note: z.string().max(10_000).nullable().optional(),
    reviewUrl: webUrl
      .nullable()
      .optional()
      .openapi({ description: "Your published fact-check of this claim: ClaimReview's url" }),
    summary: z.string().trim().min(1).max(300).nullable().optional().openapi({
      description:
        "The claim as published (claimReviewed); Google advises under 75 characters. null: the claim's text",
    }),
    claimant: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .openapi({ description: "Who made the claim (itemReviewed.author); null if unknown" }),
    explanation: z
      .string()
      .trim()
      .max(10_000)
      .nullable()
      .optional()
      .openapi({ description: "Why the verdict (reviewBody)" }),
  })
  .refine((v) => Object.keys(v).length > 0, `name at least one of ${EDITABLE.join(", ")}`)
  .openapi("ClaimChange");

export const patchClaim = createRoute({
  ...common,
  method: "patch",
  path: "/v1/claims/{id}",
  middleware: [requireRole(...WRITER_ROLES)],
  summary: "Move a claim through the workflow (If-Match: its ETag)",
  request: {
    params: IdParam,
    headers: z.object({
      "if-match": z.string().optional().openapi({ description: 'The ETag from GET, e.g. "3"' }),
    }),
    body: { required: true, content: json(ClaimChange) },
  },
  responses: {
    200: { description: "The changed claim, with its new ETag", content: json(StoredClaim) },
    ...problems(400, 401, 403, 404, 409, 412, 422, 428),
  },
});

const Event = z
  .object({
    id: z.string(),
    type: z.string().openapi({ example: "claim.updated" }),
    at: z.string(),
    actor: z.object({ keyId: z.string().nullable(), name: z.string().nullable() }),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
  })
  .openapi("ClaimEvent");

export const claimHistory = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims/{id}/history",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "Every change to a claim, oldest first",
  request: { params: IdParam },
  responses: {
    200: { description: "The claim's history", content: json(z.object({ data: z.array(Event) })) },
    ...problems(401, 403, 404),
  },
});

const ld = {
  "application/ld+json": { schema: z.record(z.string(), z.unknown()).openapi("ClaimReview") },
};

export const claimReview = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims/{id}/claimreview",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "schema.org ClaimReview of a resolved claim",
  request: { params: IdParam },
  responses: { 200: { description: "JSON-LD", content: ld }, ...problems(401, 403, 404, 409) },
});

export const articleClaimReviews = createRoute({
  ...common,
  method: "get",
  path: "/v1/articles/{id}/claimreview",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "ClaimReview markup for every resolved claim of an article",
  request: { params: IdParam },
  responses: {
    200: {
      description: "JSON-LD: a list of ClaimReview",
      content: { "application/ld+json": { schema: z.array(z.record(z.string(), z.unknown())) } },
    },
    ...problems(401, 403, 404),
  },
});

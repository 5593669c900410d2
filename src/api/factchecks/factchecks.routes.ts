import { createRoute, z } from "@hono/zod-openapi";
import { ClaimReviewInput, Factcheck } from "../../contracts/claimreview.js";
import { WRITER_ROLES } from "../../store/constants.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";
import { PageQuery, pageOf } from "../pagination.js";

const common = { tags: ["Fact-checks"], security: [{ bearer: [] }] };
const readers = [requireRole("admin", "editor", "viewer")];
const writers = [requireRole(...WRITER_ROLES), idempotency()];
const IdParam = z.object({ id: z.string().max(64) });

export const createFactcheck = createRoute({
  ...common,
  method: "post",
  path: "/v1/factchecks",
  middleware: writers,
  summary:
    "Add a published fact-check (schema.org ClaimReview JSON-LD); the same url again updates it",
  request: { body: { required: true, content: json(ClaimReviewInput) } },
  responses: {
    201: { description: "Stored", content: json(Factcheck) },
    200: {
      description: "A fact-check with this url was stored already; updated",
      content: json(Factcheck),
    },
    ...problems(400, 401, 403, 413, 415, 422),
  },
});

const ImportResult = z
  .object({
    imported: z.number().int(),
    updated: z.number().int(),
    errors: z.array(
      z.object({
        line: z.number().int(),
        errors: z.array(z.object({ path: z.string(), message: z.string() })),
      }),
    ),
  })
  .openapi("FactcheckImport");

export const importFactchecks = createRoute({
  ...common,
  method: "post",
  path: "/v1/factchecks/import",
  middleware: writers,
  summary:
    "Import ClaimReview NDJSON, one a line (up to 2 MB): bad lines are named, the rest stored",
  request: {
    body: { required: true, content: { "application/x-ndjson": { schema: z.string() } } },
  },
  responses: {
    200: {
      description: "What was stored, and each bad line by number",
      content: json(ImportResult),
    },
    ...problems(400, 401, 403, 413, 415),
  },
});

export const listFactchecks = createRoute({
  ...common,
  method: "get",
  path: "/v1/factchecks",
  middleware: readers,
  summary: "The organisation's fact-checks",
  request: {
    query: z.object({
      ...PageQuery,
      publisher: z.string().max(300).optional(),
      maxAgeDays: z.coerce
        .number()
        .int()
        .min(1)
        .max(36_500)
        .optional()
        .openapi({ description: "Published within this many days" }),
    }),
  },
  responses: {
    200: { description: "A page of fact-checks", content: json(pageOf(Factcheck)) },
    ...problems(400, 401, 403, 422),
  },
});

export const getFactcheck = createRoute({
  ...common,
  method: "get",
  path: "/v1/factchecks/{id}",
  middleware: readers,
  summary: "A fact-check",
  request: { params: IdParam },
  responses: {
    200: { description: "The fact-check", content: json(Factcheck) },
    ...problems(401, 403, 404),
  },
});

export const deleteFactcheck = createRoute({
  ...common,
  method: "delete",
  path: "/v1/factchecks/{id}",
  middleware: [requireRole(...WRITER_ROLES)],
  summary: "Remove a fact-check",
  request: { params: IdParam },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404) },
});

export const searchFactchecks = createRoute({
  ...common,
  method: "post",
  path: "/v1/factchecks/search",
  middleware: readers,
  summary:
    "Has this been fact-checked before? The closest fact-checks to a tweet, a quote or a claim",
  request: {
    body: {
      required: true,
      content: json(
        z.object({
          text: z.string().trim().min(1, "must not be empty").max(10_000),
          limit: z.number().int().min(1).max(20).default(5),
        }),
      ),
    },
  },
  responses: {
    200: {
      description: "Best first",
      content: json(
        z.object({ data: z.array(z.object({ factcheck: Factcheck, score: z.number() })) }),
      ),
    },
    ...problems(400, 401, 403, 422),
  },
});

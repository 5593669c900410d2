import { createRoute, z } from "@hono/zod-openapi";
import { isoDate, webUrl } from "../../contracts/extract.js";
import { WRITER_ROLES } from "../../store/constants.js";
import { STANCES } from "../../verify/stances.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";

const common = { tags: ["Verification"], security: [{ bearer: [] }] };
const ClaimParam = z.object({ id: z.string().max(64) });

export const NewSource = z
  .object({
    url: webUrl,
    title: z.string().trim().max(500).optional(),
    publisher: z.string().trim().max(200).optional(),
    publishedAt: isoDate.optional(),
    excerpt: z.string().max(20_000).optional().openapi({
      description:
        "The passage that bears on the claim; its figures are checked against the claim's",
    }),
    stance: z.enum(STANCES),
  })
  .openapi("NewSource");

export const Source = NewSource.extend({
  id: z.string().openapi({ example: "src_01K…" }),
  claimId: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  publishedAt: z.string().nullable(),
  excerpt: z.string().nullable(),
  quantityCheck: z.object({
    status: z.enum(["match", "mismatch", "partial", "none"]),
    pairs: z.array(
      z.object({ claim: z.string(), source: z.string().nullable(), agree: z.boolean() }),
    ),
  }),
  createdAt: z.string(),
}).openapi("Source");

export const addSource = createRoute({
  ...common,
  method: "post",
  path: "/v1/claims/{id}/sources",
  middleware: [requireRole(...WRITER_ROLES), idempotency()],
  summary: "Attach a source; its excerpt's figures are checked against the claim's",
  request: { params: ClaimParam, body: { required: true, content: json(NewSource) } },
  responses: {
    201: { description: "The source with its figure check", content: json(Source) },
    ...problems(400, 401, 403, 404, 422),
  },
});

export const listSources = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims/{id}/sources",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "A claim's sources",
  request: { params: ClaimParam },
  responses: {
    200: {
      description: "The sources, oldest first",
      content: json(z.object({ data: z.array(Source) })),
    },
    ...problems(401, 403, 404),
  },
});

export const removeSource = createRoute({
  ...common,
  method: "delete",
  path: "/v1/claims/{id}/sources/{sourceId}",
  middleware: [requireRole(...WRITER_ROLES)],
  summary: "Remove a source",
  request: { params: ClaimParam.extend({ sourceId: z.string().max(64) }) },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404) },
});

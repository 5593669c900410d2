import { createRoute, z } from "@hono/zod-openapi";
import { isoDate } from "../../contracts/extract.js";
import { StoredClaim } from "../../contracts/resources.js";
import { CLAIM_KINDS, QUANTITY_TYPES } from "../../extract/index.js";
import { searchWords } from "../../store/claims.js";
import { STATUSES } from "../../verify/status.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { json } from "../openapi.js";
import { PageQuery, pageOf } from "../pagination.js";

const common = {
  tags: ["Claims"],
  security: [{ bearer: [] }],
  middleware: [requireRole("admin", "editor", "viewer")],
};

export const listClaims = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims",
  summary: "Find claims",
  request: {
    query: z.object({
      ...PageQuery,
      sort: z.enum(["created", "-checkworthiness"]).default("created").openapi({
        description:
          "created: oldest first. -checkworthiness: most check-worthy first, the order a checker works in.",
      }),
      articleId: z.string().max(64).optional(),
      status: z.enum(STATUSES).optional(),
      kind: z.enum(CLAIM_KINDS).optional(),
      minCheckworthiness: z.coerce.number().min(0).max(1).optional(),
      q: z
        .string()
        .max(200)
        .refine((q) => searchWords(q).length > 0, "must contain a word (letters or digits)")
        .optional()
        .openapi({
          description:
            "Words the claim's text contains (each also as the start of a longer word), all of them",
        }),
      quantityType: z.enum(QUANTITY_TYPES).optional(),
      periodFrom: isoDate
        .optional()
        .openapi({ description: "Claims whose period ends on or after this date" }),
      periodTo: isoDate
        .optional()
        .openapi({ description: "Claims whose period starts on or before this date" }),
      assignee: z.string().min(1).max(200).optional().openapi({ description: "A checker's queue" }),
    }),
  },
  responses: {
    200: { description: "A page of claims", content: json(pageOf(StoredClaim)) },
    ...problems(400, 401, 403, 422),
  },
});

export const getClaim = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims/{id}",
  summary: "A claim (ETag: its version)",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: { description: "The claim", content: json(StoredClaim) },
    ...problems(401, 403, 404),
  },
});

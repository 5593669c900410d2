import { createRoute, z } from "@hono/zod-openapi";
import { Factcheck } from "../../contracts/claimreview.js";
import { isoDate } from "../../contracts/extract.js";
import { StoredClaim } from "../../contracts/resources.js";
import { CLAIM_KINDS, QUANTITY_TYPES } from "../../extract/index.js";
import { searchWords } from "../../store/claims.js";
import { RELATIONS } from "../../store/constants.js";
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
      conflicting: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional()
        .openapi({ description: "true: only claims whose figure conflicts with another claim's" }),
      previouslyChecked: z
        .enum(["true", "false"])
        .transform((v) => v === "true")
        .optional()
        .openapi({
          description: "true: only claims that repeat a figure you have published a fact-check of",
        }),
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

const Pair = z.object({ a: z.string(), b: z.string(), agree: z.boolean() });
export const claimMatches = createRoute({
  ...common,
  method: "get",
  path: "/v1/claims/{id}/matches",
  summary:
    "The claim across articles: repeats, conflicting figures, related claims and close fact-checks",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: {
    200: {
      description: "Claims that repeat or conflict with this one first; fact-checks best first",
      content: json(
        z
          .object({
            factchecks: z.array(z.object({ factcheck: Factcheck, score: z.number() })),
            claims: z.array(
              z.object({
                claim: StoredClaim,
                relation: z.enum(RELATIONS),
                score: z.number(),
                pairs: z.array(Pair),
              }),
            ),
          })
          .openapi("ClaimMatches"),
      ),
    },
    ...problems(401, 403, 404),
  },
});

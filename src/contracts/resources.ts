// The resources the API returns, as zod schemas: the OpenAPI document is generated from these.
import { z } from "@hono/zod-openapi";
import { KEY_ROLES, ORG_ROLES } from "../store/constants.js";
import { STATUSES } from "../verify/status.js";
import { VERDICTS } from "../verify/verdicts.js";
import { ExtractedClaim, isoDate, webUrl } from "./extract.js";

const timestamp = z.string().openapi({ example: "2025-08-20T14:03:00.000Z" });

export const Organization = z
  .object({
    id: z.string().openapi({ example: "org_01K…" }),
    name: z.string(),
    createdAt: timestamp,
  })
  .openapi("Organization");
export const CreatedOrganization = Organization.extend({
  adminKey: z.string().openapi({ description: "Shown once." }),
}).openapi("CreatedOrganization");

export const Role = z.enum(ORG_ROLES);
export const ApiKey = z
  .object({ id: z.string(), name: z.string(), role: z.enum(KEY_ROLES), createdAt: timestamp })
  .openapi("ApiKey");
export const CreatedApiKey = ApiKey.extend({
  key: z.string().openapi({ description: "Shown once; store it now." }),
}).openapi("CreatedApiKey");

export const StoredClaim = ExtractedClaim.extend({
  id: z.string().openapi({ example: "clm_01K…" }),
  articleId: z.string(),
  status: z.enum(STATUSES),
  verdict: z.enum(VERDICTS).nullable(),
  assignee: z.string().nullable(),
  note: z.string().nullable(),
  reviewUrl: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  summary: z.string().openapi({
    description:
      "The claim as ClaimReview publishes it (claimReviewed): the claim's text until set",
  }),
  claimant: z.string().nullable().openapi({
    description: "Who made the claim (ClaimReview itemReviewed.author): the outlet until set",
  }),
  explanation: z
    .string()
    .nullable()
    .openapi({ description: "Why the verdict (ClaimReview reviewBody)" }),
  previouslyChecked: z
    .object({
      factcheckId: z.string(),
      rating: z.object({ label: z.string().nullable(), value: z.number().nullable() }),
      url: z.string(),
      score: z.number(),
    })
    .nullable()
    .openapi({
      description: "A published fact-check of this figure: your own, of a claim this one repeats",
    }),
  version: z.number().int(),
  createdAt: timestamp,
  updatedAt: timestamp,
}).openapi("Claim");

export const Article = z
  .object({
    id: z.string().openapi({ example: "art_01K…" }),
    text: z.string(),
    url: z.string().nullable(),
    title: z.string().nullable(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: z.string(),
    contentHash: z.string(),
    externalId: z.string().nullable(),
    createdAt: timestamp,
  })
  .openapi("Article");
export const ArticleWithClaims = Article.extend({ claims: z.array(StoredClaim) }).openapi(
  "ArticleWithClaims",
);

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullish();

export const IngestArticle = z
  .object({
    text: z.string().min(1, "must not be empty").max(1_000_000).optional(),
    html: z.string().min(1, "must not be empty").max(2_000_000).optional().openapi({
      description: "The page as the CMS stores it, instead of text: the story is found in it",
    }),
    publishedAt: isoDate
      .optional()
      .openapi({ description: "Required unless the HTML's metadata gives it" }),
    url: webUrl.nullish(),
    title: optionalText(1000),
    outlet: optionalText(200),
    author: optionalText(200),
    externalId: optionalText(200),
  })
  .refine((a) => (a.text === undefined) !== (a.html === undefined), {
    message: "send either text or html, not both",
    path: ["text"],
  })
  .openapi("IngestArticle");

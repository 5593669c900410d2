// Fact-checks in and out. In: schema.org ClaimReview JSON-LD as fact-checkers publish it — lenient about
// the shapes JSON-LD allows (a name or an object with one, one value or a list, numbers written as
// strings), strict about what a fact-check needs (`claimReviewed`, `url`). Out: the stored fact-check.
import { z } from "@hono/zod-openapi";
import { webUrl } from "./extract.js";

const text = (max: number) => z.string().trim().max(max);
/** "Snopes", {"@type": "Organization", "name": "Snopes"}, or a list of those. */
const Agent = z.union([
  text(300),
  z.looseObject({ name: text(300).optional() }),
  z.array(z.union([text(300), z.looseObject({ name: text(300).optional() })])).max(20),
]);
/** A rating's number, written either way. */
const Score = z.union([
  z.number(),
  z
    .string()
    .trim()
    .regex(/^-?\d+(?:\.\d+)?$/, "must be a number"),
]);
const Work = z.looseObject({ url: z.string().max(2048).optional() });

export const ClaimReviewInput = z
  .looseObject({
    "@type": z.string().optional(),
    url: webUrl,
    claimReviewed: text(5000).min(1, "must not be empty"),
    name: text(1000).optional(),
    headline: text(1000).optional(),
    datePublished: text(40).optional(),
    author: Agent.optional(),
    reviewRating: z
      .looseObject({
        ratingValue: Score.optional(),
        bestRating: Score.optional(),
        worstRating: Score.optional(),
        alternateName: text(200).optional(),
      })
      .optional(),
    itemReviewed: z
      .looseObject({
        author: Agent.optional(),
        datePublished: text(40).optional(),
        appearance: z.union([Work, z.array(Work).max(50)]).optional(),
        firstAppearance: Work.optional(),
      })
      .optional(),
  })
  .openapi("ClaimReviewInput", { description: "A schema.org ClaimReview, as JSON-LD" });
export type ClaimReviewInput = z.infer<typeof ClaimReviewInput>;

export const Factcheck = z
  .object({
    id: z.string().openapi({ example: "fc_01K…" }),
    url: z.string(),
    claimReviewed: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    datePublished: z.string().nullable(),
    rating: z
      .object({
        label: z.string().nullable(),
        value: z.number().nullable(),
        best: z.number().nullable(),
        worst: z.number().nullable(),
      })
      .nullable(),
    claimant: z.string().nullable(),
    claimDate: z.string().nullable(),
    appearances: z.array(z.string()),
    claimId: z
      .string()
      .nullable()
      .openapi({ description: "Your claim this fact-check publishes; null when imported" }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Factcheck");

// ClaimReview (schema.org) for a resolved claim: the markup a CMS embeds so search engines show the
// fact-check. Fields follow Google's required and recommended list.
import { RATINGS, type Verdict } from "./verdicts.js";

export interface ReviewedClaim {
  summary: string;
  claimant: string | null;
  explanation: string | null;
  verdict: Verdict;
  resolvedAt: string;
  /** Required: ClaimReview without the page of the fact-check is not valid markup. */
  reviewUrl: string;
}

export interface Appearance {
  url: string | null;
  publishedAt: string;
  outlet: string | null;
  author: string | null;
}

// Rows stored before URLs were checked on input may hold javascript: or data: links; markup never echoes one.
const link = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

/** JSON that can sit inside <script type="application/ld+json"> as it is: "</script>" in a claim's text
 *  cannot close the element, and U+2028/2029 cannot break the script (still the same JSON to a parser). */
export function embeddableJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function claimReview(claim: ReviewedClaim, article: Appearance, organization: string) {
  const rating = RATINGS[claim.verdict];
  const appearance = link(article.url);
  const reviewUrl = link(claim.reviewUrl);
  // The claimant prefilled from the outlet is the organisation; anyone named by a checker is taken for a person.
  const claimant = claim.claimant && {
    "@type": claim.claimant === article.outlet ? "Organization" : "Person",
    name: claim.claimant,
  };
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: claim.summary,
    reviewRating: {
      "@type": "Rating",
      alternateName: rating.label,
      ...(rating.ratingValue === null ? {} : { ratingValue: rating.ratingValue }),
      bestRating: 5,
      worstRating: 1,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(appearance ? { appearance: { "@type": "CreativeWork", url: appearance } } : {}),
      datePublished: article.publishedAt.slice(0, 10),
      ...(claimant ? { author: claimant } : {}),
    },
    author: { "@type": "Organization", name: organization },
    datePublished: claim.resolvedAt.slice(0, 10),
    ...(claim.explanation ? { reviewBody: claim.explanation } : {}),
    ...(reviewUrl ? { url: reviewUrl } : {}),
  };
}

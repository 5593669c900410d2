// ClaimReview (schema.org) for a resolved claim: the markup a CMS embeds so search engines show the
// fact-check. Fields follow Google's required and recommended list.
import { RATINGS, type Verdict } from "./verdicts.js";

export interface ReviewedClaim {
  text: string;
  verdict: Verdict;
  resolvedAt: string;
  reviewUrl: string | null;
}

export interface Appearance {
  url: string | null;
  publishedAt: string;
  outlet: string | null;
  author: string | null;
}

export function claimReview(claim: ReviewedClaim, article: Appearance, organization: string) {
  const rating = RATINGS[claim.verdict];
  const appearedIn = article.outlet ?? article.author;
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    claimReviewed: claim.text,
    reviewRating: {
      "@type": "Rating",
      alternateName: rating.label,
      ...(rating.ratingValue === null ? {} : { ratingValue: rating.ratingValue }),
      bestRating: 5,
      worstRating: 1,
    },
    itemReviewed: {
      "@type": "Claim",
      ...(article.url ? { appearance: { "@type": "CreativeWork", url: article.url } } : {}),
      datePublished: article.publishedAt.slice(0, 10),
      ...(appearedIn ? { author: { "@type": "Organization", name: appearedIn } } : {}),
    },
    author: { "@type": "Organization", name: organization },
    datePublished: claim.resolvedAt.slice(0, 10),
    ...(claim.reviewUrl ? { url: claim.reviewUrl } : {}),
  };
}

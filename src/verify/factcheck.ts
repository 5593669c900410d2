// A ClaimReview read into the fields a fact-check keeps: its title, publisher, rating, claimant, the
// claim's date and where it appeared. JSON-LD writes a name as a string or an object, one value or a list.
import type { ClaimReviewInput } from "../contracts/claimreview.js";
import { RATINGS } from "./verdicts.js";

type Agent = ClaimReviewInput["author"];

const nameOf = (a: Agent): string | null => {
  const first = Array.isArray(a) ? a[0] : a;
  if (!first) return null;
  return (typeof first === "string" ? first : (first.name ?? null)) || null;
};
const number = (v: number | string | undefined) => (v === undefined ? null : Number(v));
const day = (v: string | undefined) => (v ? v.slice(0, 10) : null);

export interface FactcheckFields {
  url: string;
  claimReviewed: string;
  title: string | null;
  publisher: string | null;
  datePublished: string | null;
  ratingLabel: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
  claimant: string | null;
  claimDate: string | null;
  appearances: string[];
}

export function factcheckFields(r: ClaimReviewInput): FactcheckFields {
  const item = r.itemReviewed;
  const appearance =
    item?.appearance === undefined
      ? []
      : Array.isArray(item.appearance)
        ? item.appearance
        : [item.appearance];
  const urls = [item?.firstAppearance, ...appearance].flatMap((w) => (w?.url ? [w.url] : []));
  return {
    url: r.url,
    claimReviewed: r.claimReviewed,
    title: r.name || r.headline || null,
    publisher: nameOf(r.author),
    datePublished: day(r.datePublished),
    ratingLabel: r.reviewRating?.alternateName || null,
    ratingValue: number(r.reviewRating?.ratingValue),
    bestRating: number(r.reviewRating?.bestRating),
    worstRating: number(r.reviewRating?.worstRating),
    claimant: nameOf(item?.author),
    claimDate: day(item?.datePublished),
    appearances: [...new Set(urls)],
  };
}

/** The organisation's own fact-check of a resolved claim: its verdict as the rating, its review URL. */
export function ownFactcheck(
  claim: {
    summary: string;
    claimant: string | null;
    verdict: keyof typeof RATINGS;
    reviewUrl: string;
  },
  article: { url: string | null; publishedAt: string },
  organization: string,
  today: string,
): FactcheckFields {
  const rating = RATINGS[claim.verdict];
  return {
    url: claim.reviewUrl,
    claimReviewed: claim.summary,
    title: null,
    publisher: organization,
    datePublished: today.slice(0, 10),
    ratingLabel: rating.label,
    ratingValue: rating.ratingValue,
    bestRating: 5,
    worstRating: 1,
    claimant: claim.claimant,
    claimDate: article.publishedAt.slice(0, 10),
    appearances: article.url ? [article.url] : [],
  };
}

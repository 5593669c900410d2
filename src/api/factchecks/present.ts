// A stored fact-check as the API shows it: the rating as one object, no organisation id.
import type { FactcheckRow } from "../../store/factchecks.js";

export const present = ({
  orgId: _o,
  ratingLabel,
  ratingValue,
  bestRating,
  worstRating,
  ...f
}: FactcheckRow) => ({
  ...f,
  rating:
    ratingLabel === null && ratingValue === null
      ? null
      : { label: ratingLabel, value: ratingValue, best: bestRating, worst: worstRating },
});

// Verdicts and their ClaimReview ratings: one table. 5 is true, 1 is false; "unverifiable" has a name
// but no number, as schema.org allows.
export const VERDICTS = [
  "true",
  "mostly_true",
  "mixed",
  "mostly_false",
  "false",
  "misleading",
  "unverifiable",
] as const;
export type Verdict = (typeof VERDICTS)[number];

export const RATINGS: Record<Verdict, { ratingValue: number | null; label: string }> = {
  true: { ratingValue: 5, label: "True" },
  mostly_true: { ratingValue: 4, label: "Mostly true" },
  mixed: { ratingValue: 3, label: "Mixed" },
  mostly_false: { ratingValue: 2, label: "Mostly false" },
  false: { ratingValue: 1, label: "False" },
  misleading: { ratingValue: 2, label: "Misleading" },
  unverifiable: { ratingValue: null, label: "Unverifiable" },
};

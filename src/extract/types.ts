// The extraction contract shared by the CLI and `POST /v1/extract`: offsets are JS string indices.
export interface Span {
  start: number;
  end: number;
}

export const QUANTITY_TYPES = [
  "money",
  "percent",
  "percentage_points",
  "count",
  "duration",
  "measure",
  "rank",
  "ratio",
] as const;
export type QuantityType = (typeof QUANTITY_TYPES)[number];

export const QUANTITY_BOUNDS = ["gt", "gte", "lt", "lte"] as const;
export type Bound = (typeof QUANTITY_BOUNDS)[number];
/** How a quantity is linked to its neighbour: the ends of a change (from, to) or of a range (low, high). */
export const QUANTITY_ROLES = ["from", "to", "low", "high"] as const;
export type Role = (typeof QUANTITY_ROLES)[number];

export interface Quantity {
  text: string;
  span: Span;
  type: QuantityType;
  value: number;
  unit: string | null;
  approximate: boolean;
  bound: Bound | null;
  role: Role | null;
}

export const GRANULARITIES = [
  "day",
  "week",
  "month",
  "quarter",
  "half",
  "year",
  "fiscal_year",
  "decade",
  "range",
] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** explicit: stated in the claim; relative: stated relative to publication; inherited: carried from an
 *  earlier sentence of the same paragraph; publication: nothing stated, dated by the article. */
export const TIME_BASES = ["explicit", "relative", "inherited", "publication"] as const;
export type TimeBasis = (typeof TIME_BASES)[number];

export interface ClaimTime {
  text: string | null;
  span: Span | null;
  start: string;
  end: string;
  granularity: Granularity;
  basis: TimeBasis;
}

export const CLAIM_KINDS = [
  "statistic",
  "change",
  "projection",
  "comparison",
  "ranking",
  "event",
  "quote",
  "attribution",
  "causal",
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export interface Claim {
  id: string;
  text: string;
  span: Span;
  sentence: Span;
  kind: ClaimKind;
  checkworthiness: number;
  subject: string | null;
  /** Who asserts it ("the bank", "Jo Park"), as the story names them; null in the story's own voice. */
  claimant: string | null;
  quantities: Quantity[];
  time: ClaimTime | null;
}

/** Why a stretch of text yields no claim: page furniture, or a sentence that asserts nothing checkable. */
export const IGNORED_REASONS = ["furniture", "opinion"] as const;
export type IgnoredReason = (typeof IGNORED_REASONS)[number];

export type FurnitureKind =
  | "newsletter"
  | "byline"
  | "photo_credit"
  | "share_prompt"
  | "cookie_notice"
  | "timestamp"
  | "copyright"
  | "editor_note"
  | "teaser"
  | "headline";

export type OpinionKind = "rhetoric" | "hedge" | "question" | "first_person" | "no_assertion";

export interface Ignored {
  span: Span;
  reason: IgnoredReason;
  detail: FurnitureKind | OpinionKind;
}

export interface Extraction {
  claims: Claim[];
  ignored: Ignored[];
}

export interface ExtractInput {
  text: string;
  /** ISO date or date-time; relative expressions ("last year", "In July") resolve against it. */
  publishedAt?: string | null;
  title?: string | null;
  url?: string | null;
}

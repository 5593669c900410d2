// The extraction contract shared by the CLI and `POST /v1/extract`: offsets are JS string indices.
export interface Span {
  start: number;
  end: number;
}

export type QuantityType =
  | "money"
  | "percent"
  | "percentage_points"
  | "count"
  | "duration"
  | "measure"
  | "rank"
  | "ratio";

export type Bound = "gt" | "gte" | "lt" | "lte";
export type Role = "from" | "to" | "low" | "high";

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

export type Granularity =
  | "day"
  | "week"
  | "month"
  | "quarter"
  | "half"
  | "year"
  | "fiscal_year"
  | "decade"
  | "range";

/** explicit: stated in the claim; relative: stated relative to publication; inherited: carried from an
 *  earlier sentence of the same paragraph; publication: nothing stated, dated by the article. */
export type TimeBasis = "explicit" | "relative" | "inherited" | "publication";

export interface ClaimTime {
  text: string | null;
  span: Span | null;
  start: string;
  end: string;
  granularity: Granularity;
  basis: TimeBasis;
}

export type ClaimKind =
  | "statistic"
  | "change"
  | "projection"
  | "comparison"
  | "ranking"
  | "event"
  | "quote"
  | "attribution"
  | "causal";

export interface Claim {
  id: string;
  text: string;
  span: Span;
  sentence: Span;
  kind: ClaimKind;
  checkworthiness: number;
  subject: string | null;
  quantities: Quantity[];
  time: ClaimTime | null;
}

/** Why a stretch of text yields no claim: page furniture, or a sentence that asserts nothing checkable. */
export type IgnoredReason = "furniture" | "opinion";

export type FurnitureKind =
  | "newsletter"
  | "byline"
  | "photo_credit"
  | "share_prompt"
  | "cookie_notice"
  | "timestamp"
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

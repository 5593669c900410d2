// A quantity as the readers find it, before linking: what linking needs to share units and scales across
// the ends of a range travels with it. One factory makes every one.
import type { Quantity, QuantityType } from "../types.js";

export interface Found extends Quantity {
  /** The number as written, before its scale ("17.1" of "$17.1 billion"). */
  numeral: number;
  scaled: boolean;
}

/** The quantity written at s[start, end): exact, unbounded and unlinked unless `extra` says otherwise. */
export function found(
  s: string,
  start: number,
  end: number,
  type: QuantityType,
  value: number,
  unit: string | null,
  extra: Partial<Found> = {},
): Found {
  return {
    text: s.slice(start, end),
    span: { start, end },
    type,
    value,
    unit,
    approximate: false,
    bound: null,
    role: null,
    numeral: value,
    scaled: false,
    ...extra,
  };
}

/** The public shape, with spans made absolute. */
export const toQuantity = (q: Found, offset: number): Quantity => ({
  text: q.text,
  span: { start: q.span.start + offset, end: q.span.end + offset },
  type: q.type,
  value: q.value,
  unit: q.unit,
  approximate: q.approximate,
  bound: q.bound,
  role: q.role,
});

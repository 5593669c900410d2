// The automatic figure check: does a source's excerpt state the claim's figures (and period)? Each claim
// quantity is paired with the excerpt's nearest quantity of the same type and unit, and agrees when
// the two are equal within the precision the claim states ("$17.1 billion" means 17.05–17.15 billion;
// "about 20%" allows 5 % either way) or, for a bounded claim ("over 20 years"), when the source satisfies
// the bound.
import {
  type ClaimTime,
  findQuantities,
  findTimes,
  iso,
  parseDay,
  type Quantity,
} from "../extract/index.js";

export interface FigurePair {
  claim: string;
  source: string | null;
  agree: boolean;
}

export interface QuantityCheck {
  status: "match" | "mismatch" | "partial" | "none";
  pairs: FigurePair[];
}

/** Half a unit of the last digit the claim states, in the claim's own scale. */
function tolerance(q: Quantity): number {
  const numeral = /\d[\d,]*(?:\.(\d+))?/.exec(q.text);
  if (!numeral) return 0;
  const written = Number(numeral[0].replace(/,/g, ""));
  const scale = written ? Math.abs(q.value / written) : 1;
  const half = 0.5 * 10 ** -(numeral[1]?.length ?? 0) * scale;
  return q.approximate ? Math.max(half, 0.05 * Math.abs(q.value)) : half;
}

/** Whether the second figure agrees with the first within the precision the first states. */
export function agrees(claim: Quantity, source: Quantity): boolean {
  const v = source.value;
  const exact = Math.abs(v - claim.value) <= tolerance(claim) + 1e-9 * Math.abs(claim.value);
  // "nearly 40%" and "nearly 40%" say the same thing, though 40 is not below 40.
  if (claim.bound && source.bound === claim.bound && exact) return true;
  switch (claim.bound) {
    case "gt":
      return v > claim.value;
    case "gte":
      return v >= claim.value;
    case "lt":
      return v < claim.value && (!claim.approximate || v >= claim.value * 0.9);
    case "lte":
      return v <= claim.value;
    default:
      return exact;
  }
}

// Money paid by the period ("USD/month") is compared as its currency: "$1.2bn a year" and "$1.2bn" in a
// filing are the same figure to a checker.
const unitOf = (q: Quantity) => (q.type === "money" ? q.unit?.split("/")[0] : q.unit) ?? null;

export const sameKind = (a: Quantity, b: Quantity) => a.type === b.type && unitOf(a) === unitOf(b);

export function checkFigures(
  claim: { quantities: Quantity[]; time: ClaimTime | null },
  excerpt: string | null,
  publishedAt?: string | null,
): QuantityCheck {
  if (!excerpt) return { status: "none", pairs: [] };
  const found = findQuantities(excerpt);
  const pairs: FigurePair[] = [];
  let paired = 0;
  for (const q of claim.quantities) {
    const candidates = found.filter((s) => sameKind(q, s));
    if (candidates.length === 0) continue;
    const best =
      candidates.find((s) => agrees(q, s)) ??
      candidates.sort((a, b) => Math.abs(a.value - q.value) - Math.abs(b.value - q.value))[0]!;
    pairs.push({ claim: q.text, source: best.text, agree: agrees(q, best) });
    paired++;
  }
  // The period, where the claim states one and so does the excerpt: they agree when they overlap.
  if (claim.time && claim.time.basis !== "publication") {
    const ref = parseDay(publishedAt ?? null) ?? parseDay(claim.time.end);
    const [period] = findTimes(excerpt, ref);
    if (period) {
      const [s, e] = [iso(period.period.start), iso(period.period.end)];
      pairs.push({
        claim: claim.time.text ?? `${claim.time.start}..${claim.time.end}`,
        source: excerpt.slice(period.start, period.end),
        agree: s <= claim.time.end && e >= claim.time.start,
      });
    }
  }
  const agreeing = pairs.filter((p) => p.agree).length;
  const status =
    pairs.length === 0
      ? "none"
      : agreeing === pairs.length && paired === claim.quantities.length
        ? "match"
        : agreeing === 0
          ? "mismatch"
          : "partial";
  return { status, pairs };
}

// Microsoft Recognizers-Text English specs: the share of expected numbers, percentages, currency
// amounts, ranges and dimensions the quantity stage gets right (value; value and exact span).
import { findQuantities, type Quantity } from "../../src/extract/index.js";
import { near, overlap, pct, readJson } from "./shared.js";

interface Case {
  Input: string;
  Results: {
    Text: string;
    Start: number;
    End: number;
    Resolution: { value?: string; unit?: string; isoCurrency?: string };
  }[];
}

const CURRENCY: Record<string, string> = {
  Dollar: "USD",
  "United States dollar": "USD",
  Euro: "EUR",
  "Chinese yuan": "CNY",
  Pound: "GBP",
  "British pound": "GBP",
  "Canadian dollar": "CAD",
  "Japanese yen": "JPY",
  "Australian dollar": "AUD",
  "Hong Kong dollar": "HKD",
  "Swiss franc": "CHF",
  "Mexican peso": "MXN",
  "Turkish lira": "TRY",
  Rupee: "INR",
  "New Zealand dollar": "NZD",
};
const DIMENSION: Record<string, string> = {
  Mile: "mile",
  Kilometer: "km",
  Meter: "m",
  Foot: "ft",
  Inch: "inch",
  Kilogram: "kg",
  Pound: "lb",
  Ton: "ton",
  "Metric ton": "tonne",
  Gallon: "gallon",
  Barrel: "barrel",
  Acre: "acre",
  "Kilometer per hour": "km/h",
  "Mile per hour": "mph",
  "Square kilometer": "km2",
  Ounce: "oz",
  Gram: "g",
  Megabyte: "MB",
  Millimeter: "mm",
};

type Judge = (r: Case["Results"][number], qs: Quantity[]) => Quantity | undefined;

const byValue =
  (
    v: number,
    extra: (q: Quantity) => boolean = () => true,
  ): ((qs: Quantity[]) => Quantity | undefined) =>
  (qs) =>
    qs.find((q) => near(q.value, v) && extra(q));

/** Which of our quantities a set speaks about, for precision (the currency spec lists no percentages). */
type Scope = (q: Quantity) => boolean;

const SETS: { file: string; name: string; judge: Judge; scope: Scope }[] = [
  {
    file: "Number-English-NumberModel.json",
    name: "number",
    scope: () => true,
    judge: (r, qs) => byValue(Number(r.Resolution.value))(qs),
  },
  {
    file: "Number-English-PercentModel.json",
    name: "percent",
    scope: (q) => q.type === "percent",
    judge: (r, qs) => byValue(parseFloat(r.Resolution.value!), (q) => q.type === "percent")(qs),
  },
  {
    file: "NumberWithUnit-English-CurrencyModel.json",
    name: "currency",
    scope: (q) => q.type === "money",
    judge: (r, qs) => {
      const iso = r.Resolution.isoCurrency ?? CURRENCY[r.Resolution.unit ?? ""];
      return byValue(
        Number(r.Resolution.value),
        (q) => q.type === "money" && (!iso || q.unit === iso),
      )(qs);
    },
  },
  {
    file: "NumberWithUnit-English-DimensionModel.json",
    name: "dimension",
    scope: (q) => q.type === "measure",
    judge: (r, qs) => {
      const unit = DIMENSION[r.Resolution.unit ?? ""];
      return byValue(
        Number(r.Resolution.value),
        (q) => q.type === "measure" && (!unit || q.unit === unit),
      )(qs);
    },
  },
  {
    file: "Number-English-NumberRangeModel.json",
    name: "number range",
    scope: (q) => q.role !== null || q.bound !== null,
    judge: (r, qs) => {
      const m = /^([[(])(-?[\d.]*),(-?[\d.]*)([\])])$/.exec(r.Resolution.value ?? "");
      if (!m) return undefined;
      const [lo, hi] = [m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
      if (lo !== null && hi !== null)
        return qs.some((q) => near(q.value, lo)) ? qs.find((q) => near(q.value, hi)) : undefined;
      if (lo !== null)
        return qs.find((q) => near(q.value, lo) && q.bound === (m[1] === "(" ? "gt" : "gte"));
      return qs.find((q) => near(q.value, hi!) && q.bound === (m[4] === ")" ? "lt" : "lte"));
    },
  },
];

export function evalRecognizers(verbose: boolean): string[] {
  const lines: string[] = [];
  let [allN, allValue, allSpan] = [0, 0, 0];
  for (const set of SETS) {
    const cases = readJson<Case[]>("eval", "recognizers-text", set.file);
    let [n, value, span, negatives, falsePositives, reported, reportedRight] = [
      0, 0, 0, 0, 0, 0, 0,
    ];
    for (const c of cases) {
      const qs = findQuantities(c.Input);
      if (c.Results.length === 0) {
        negatives++;
        if (qs.length) falsePositives++;
        continue;
      }
      // Precision: of what we report where the spec expects something, how much is an expected amount.
      const scoped = qs.filter(set.scope);
      reported += scoped.length;
      reportedRight += scoped.filter((q) =>
        c.Results.some(
          (r) => overlap(q.span.start, q.span.end, r.Start, r.End + 1) > 0 && set.judge(r, [q]),
        ),
      ).length;
      for (const r of c.Results) {
        n++;
        const near = qs.filter((q) => overlap(q.span.start, q.span.end, r.Start, r.End + 1) > 0);
        const hit = set.judge(r, near);
        if (hit) value++;
        if (hit && hit.span.start === r.Start && hit.span.end === r.End + 1) span++;
        if (!hit && verbose)
          lines.push(`  ${set.name}: missed "${r.Text}" in "${c.Input.slice(0, 80)}"`);
      }
    }
    [allN, allValue, allSpan] = [allN + n, allValue + value, allSpan + span];
    lines.unshift(
      `recognizers ${set.name}: recall (value right) ${pct(value, n)}, value and span ${pct(span, n)}, precision ${pct(reportedRight, reported)}, negatives with a false amount ${pct(falsePositives, negatives)}`,
    );
  }
  return [
    `recognizers-text (all): value right ${pct(allValue, allN)}, value and span ${pct(allSpan, allN)}`,
    ...lines,
  ];
}

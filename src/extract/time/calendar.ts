// Calendar arithmetic on plain dates (UTC, no time of day), so results never drift with a time zone.
import { MONTHS } from "../lexicon/words.js";

export interface Day {
  y: number;
  m: number; // 1..12
  d: number;
}

export interface Period {
  start: Day;
  end: Day;
}

const MONTH_NAMES = MONTHS.map((m) => m.name.toLowerCase());

/** "Jan", "Sept", "December" → 1..12, or 0 when not a month. */
export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w === "sept") return 9;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}

export const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

const fromDate = (t: Date): Day => ({
  y: t.getUTCFullYear(),
  m: t.getUTCMonth() + 1,
  d: t.getUTCDate(),
});
const toDate = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d));

export function addDays(x: Day, n: number): Day {
  const t = toDate(x);
  t.setUTCDate(t.getUTCDate() + n);
  return fromDate(t);
}

/** Adds calendar months, clamping the day ("31 Jan + 1 month" → 28/29 Feb). */
export function addMonths(x: Day, n: number): Day {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export const monthPeriod = (y: number, m: number): Period => ({
  start: { y, m, d: 1 },
  end: { y, m, d: daysInMonth(y, m) },
});
export const yearPeriod = (y: number): Period => ({
  start: { y, m: 1, d: 1 },
  end: { y, m: 12, d: 31 },
});
export const quarterPeriod = (y: number, q: number): Period => ({
  start: { y, m: q * 3 - 2, d: 1 },
  end: { y, m: q * 3, d: daysInMonth(y, q * 3) },
});
export const halfPeriod = (y: number, h: number): Period => ({
  start: { y, m: h === 1 ? 1 : 7, d: 1 },
  end: { y, m: h === 1 ? 6 : 12, d: h === 1 ? 30 : 31 },
});

/** Monday-to-Sunday week holding the day. */
export function weekPeriod(x: Day): Period {
  const dow = (toDate(x).getUTCDay() + 6) % 7;
  const start = addDays(x, -dow);
  return { start, end: addDays(start, 6) };
}

/** Days since 1970-01-01, for distances between days. */
export const dayNumber = (x: Day) => Date.UTC(x.y, x.m - 1, x.d) / 86_400_000;

/** Days from `ref` to the nearest day of `p` (0 when `ref` lies inside it). */
export function distance(p: Period, ref: Day): number {
  const [s, e, r] = [dayNumber(p.start), dayNumber(p.end), dayNumber(ref)];
  return r < s ? s - r : r > e ? r - e : 0;
}

export const compare = (a: Day, b: Day) => a.y - b.y || a.m - b.m || a.d - b.d;

export const iso = (x: Day) =>
  `${String(x.y).padStart(4, "0")}-${String(x.m).padStart(2, "0")}-${String(x.d).padStart(2, "0")}`;

/** The calendar day of an ISO date or date-time (its UTC date); null when it is not one. */
export function parseDay(value: string | null | undefined): Day | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!m) return null;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  if (x.m < 1 || x.m > 12 || x.d < 1 || x.d > daysInMonth(x.y, x.m)) return null;
  if (value.trim().length > 10) {
    const t = new Date(value);
    return Number.isNaN(t.getTime()) ? null : fromDate(t);
  }
  return x;
}

// TimeBank/AQUAINT TIMEX3 DATE values: does the time stage find each date and resolve it, against the
// document's creation date, to the period TimeML gives (a year, month, quarter, week or day)?
import {
  type Day,
  daysInMonth,
  findLayout,
  findTimes,
  iso,
  type Period,
  parseDay,
  quarterPeriod,
  splitSentences,
  weekPeriod,
} from "../../src/extract/index.js";
import { overlap, pct, readJsonl } from "./shared.js";

interface Doc {
  id: string;
  dct: string;
  text: string;
  timexes: { text: string; start: number; end: number; type: string; value: string }[];
}

/** The period a TIMEX3 DATE value names, or null for values with no calendar period ("PRESENT_REF"). */
function periodOf(value: string): Period | null {
  let m = /^(\d{4})$/.exec(value);
  if (m) return { start: { y: +m[1]!, m: 1, d: 1 }, end: { y: +m[1]!, m: 12, d: 31 } };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m)
    return {
      start: { y: +m[1]!, m: +m[2]!, d: 1 },
      end: { y: +m[1]!, m: +m[2]!, d: daysInMonth(+m[1]!, +m[2]!) },
    };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return quarterPeriod(+m[1]!, +m[2]!);
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const jan4: Day = { y: +m[1]!, m: 1, d: 4 };
    const first = weekPeriod(jan4).start;
    const t = new Date(Date.UTC(first.y, first.m - 1, first.d + 7 * (+m[2]! - 1)));
    return weekPeriod({ y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() });
  }
  const d = parseDay(value);
  return d && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { start: d, end: d } : null;
}

export function evalTimebank(verbose: boolean): string[] {
  const lines: string[] = [];
  let [n, found, right, mentions, spurious] = [0, 0, 0, 0, 0];
  for (const doc of readJsonl<Doc>(
    "eval",
    "temporal",
    "tempeval3-tbaq-timebank-aquaint-timex.jsonl",
  )) {
    const ref = parseDay(doc.dct);
    const ours: { start: number; end: number; period: Period }[] = [];
    for (const p of findLayout(doc.text).paragraphs) {
      for (const s of splitSentences(doc.text, p)) {
        for (const m of findTimes(doc.text.slice(s.start, s.end), ref)) {
          ours.push({ start: s.start + m.start, end: s.start + m.end, period: m.period });
        }
      }
    }
    mentions += ours.length;
    spurious += ours.filter(
      (o) => !doc.timexes.some((t) => overlap(o.start, o.end, t.start, t.end) > 0),
    ).length;
    for (const t of doc.timexes) {
      const want = t.type === "DATE" ? periodOf(t.value) : null;
      if (!want) continue;
      n++;
      const got = ours.find((o) => overlap(o.start, o.end, t.start, t.end) > 0);
      if (got) found++;
      const ok =
        got && iso(got.period.start) === iso(want.start) && iso(got.period.end) === iso(want.end);
      if (ok) right++;
      else if (verbose) {
        lines.push(
          `  timebank ${doc.id}: "${t.text}" want ${iso(want.start)}..${iso(want.end)}, got ${got ? `${iso(got.period.start)}..${iso(got.period.end)}` : "nothing"}`,
        );
      }
    }
  }
  return [
    `timebank DATE values: found ${pct(found, n)}, resolved right ${pct(right, n)}; our time expressions that are no TIMEX3: ${pct(spurious, mentions)}`,
    ...lines,
  ];
}

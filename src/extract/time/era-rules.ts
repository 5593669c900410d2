// Periods named by what happened in them: centuries, the world wars, the Cold War, Brexit and the pandemic, a
// parliament.
import { UK_PARLIAMENTS } from "../lexicon/parliaments.js";
import { addDays, addMonths, compare, type Day, parseDay, yearPeriod } from "./calendar.js";
import { explicit, type Rule, relative, runToPublication } from "./rule-kit.js";

const CENTURIES: Record<string, number> = {
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  "twenty-first": 21,
};

const PARLIAMENTS = UK_PARLIAMENTS.map((p) => ({
  start: parseDay(p.start)!,
  end: p.end ? parseDay(p.end) : null,
}));

/** The latest parliament begun by `day`, and the one before it. */
function parliamentsAt(day: Day) {
  let i = PARLIAMENTS.length - 1;
  while (i >= 0 && compare(PARLIAMENTS[i]!.start, day) > 0) i--;
  return { current: PARLIAMENTS[i], previous: PARLIAMENTS[i - 1] };
}

export const ERA_RULES: Rule[] = [
  {
    // "the 19th century", "the twentieth century": its hundred years.
    key: "era",
    re: /\b(\d{1,2}(?:st|nd|rd|th)|eighteenth|nineteenth|twentieth|twenty-first)[-\s]century\b/gi,
    resolve: (m) => {
      const n = CENTURIES[m[1]!.toLowerCase()] ?? Number.parseInt(m[1]!, 10);
      return explicit(
        { start: yearPeriod((n - 1) * 100 + 1).start, end: yearPeriod(n * 100).end },
        "range",
      );
    },
  },
  {
    // "on track for 2.5C of heating this century": the hundred years publication falls in (2001–2100), or
    // the one before or after it; "over the past century", the hundred years to publication.
    key: "era",
    re: /\b(this|last|next|the\s+(?:current|previous|past))\s+century\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const which = m[1]!.toLowerCase();
      if (which.endsWith("past"))
        return relative({ start: yearPeriod(ctx.ref.y - 100).start, end: ctx.ref }, "range");
      const shift = /last|previous/.test(which) ? -1 : which === "next" ? 1 : 0;
      const n = Math.floor((ctx.ref.y - 1) / 100) + 1 + shift;
      return relative(
        { start: yearPeriod((n - 1) * 100 + 1).start, end: yearPeriod(n * 100).end },
        "range",
      );
    },
  },
  {
    // "the Cold War", "the Cold War era": 1947 to 1991.
    key: "era",
    re: /\bthe\s+Cold\s+War(?:\s+era)?\b/g,
    resolve: () => explicit({ start: yearPeriod(1947).start, end: yearPeriod(1991).end }, "range"),
  },
  {
    // "the Second World War", "World War Two": 1939 to 1945; the first, 1914 to 1918. "Since World War II"
    // runs from its last year to publication, as "since 1945" does; "before" or "after" it is no period.
    key: "era",
    re: /\b(?:(since|before|after|until)\s+)?(?:(?:the\s+)?(First|Second)\s+World\s+War|World\s+War\s+(One|Two|I|II|1|2))\b/gi,
    resolve: (m, ctx) => {
      const first = /^(?:First|One|I|1)$/i.test(m[2] ?? m[3]!);
      const [from, to] = first ? [1914, 1918] : [1939, 1945];
      const which = m[1]?.toLowerCase();
      if (which === "since") {
        const p = runToPublication(yearPeriod(to), ctx.ref);
        return p && explicit(p, "range");
      }
      return which
        ? null
        : explicit({ start: yearPeriod(from).start, end: yearPeriod(to).end }, "range");
    },
  },
  {
    // "since Brexit" (the UK left on 31 January 2020), "since the pandemic" (March 2020), "since the
    // financial crisis" (2008): from the event to publication. Alone, such a word names no period.
    key: "era",
    re: /\bsince\s+(?:the\s+)?(?:(Brexit)|(?:Covid(?:-19)?\s+|coronavirus\s+)?(pandemic)|(Covid(?:-19)?)|(?:global\s+)?(financial\s+crisis))\b/gi,
    resolve: (m, ctx) => {
      const start = m[1]
        ? { y: 2020, m: 1, d: 31 }
        : m[2] || m[3]
          ? { y: 2020, m: 3, d: 1 }
          : { y: 2008, m: 1, d: 1 };
      const p = runToPublication({ start, end: start }, ctx.ref);
      return p && explicit(p, "range");
    },
  },
  {
    // "by the end of this parliament": from the day to the parliament's end, which the law sets at most
    // five years from its first sitting (its dissolution, once that is known).
    key: "era",
    re: /\b(?:by|before|until)\s+the\s+end\s+of\s+(?:this|the(?:\s+current)?)\s+[Pp]arliament\b/gi,
    resolve: (_, ctx) => {
      if (!ctx.ref) return null;
      const { current } = parliamentsAt(ctx.ref);
      if (!current || (current.end && compare(current.end, ctx.ref) < 0)) return null;
      const end = current.end ?? addDays(addMonths(current.start, 60), -1);
      return relative({ start: ctx.ref, end }, "range");
    },
  },
  {
    // "the previous parliament" is the one before the parliament of the day (or, between an election and
    // the first sitting, the one just dissolved); "this parliament" runs from its first sitting to the day.
    key: "era",
    re: /\b(?:the\s+)?(previous|last|this|current)\s+[Pp]arliament\b/gi,
    resolve: (m, ctx) => {
      if (!ctx.ref) return null;
      const { current, previous } = parliamentsAt(ctx.ref);
      const which = m[1]!.toLowerCase();
      if (which === "previous" || which === "last") {
        const ended = current?.end && compare(current.end, ctx.ref) < 0 ? current : previous;
        return ended?.end ? relative({ start: ended.start, end: ended.end }, "range") : null;
      }
      if (!current || (current.end && compare(current.end, ctx.ref) < 0)) return null;
      return relative({ start: current.start, end: ctx.ref }, "range");
    },
  },
];

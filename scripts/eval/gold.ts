// Gold-annotated articles (shared/articles/*.gold.json): claim recall and precision, quantities, times,
// furniture leaks and names taken for amounts, counted as the acceptance check counts them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractClaims } from "../../src/extract/index.js";
import { near, overlap, pct, SHARED } from "./shared.js";

interface GoldClaim {
  anchor: string;
  required: boolean;
  quantities?: { text: string; type: string; value: number; unit?: string }[];
  time?: { start: string; end: string };
}
interface Gold {
  article: string;
  publishedAt: string;
  claims: GoldClaim[];
  not_claims?: string[];
  not_quantities?: string[];
}

const spansOf = (text: string, needle: string) => {
  const out: [number, number][] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1))
    out.push([i, i + needle.length]);
  return out;
};

export function evalGold(verbose: boolean): string[] {
  const dir = join(SHARED, "articles");
  const lines: string[] = [];
  const t = { req: 0, hit: 0, ext: 0, ok: 0, leak: 0, qN: 0, qOk: 0, tN: 0, tOk: 0, names: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const g = JSON.parse(readFileSync(join(dir, file), "utf8")) as Gold;
    const text = readFileSync(join(dir, g.article), "utf8");
    const { claims } = extractClaims({ text, publishedAt: g.publishedAt });
    const anchors = g.claims.map((c) => ({
      ...c,
      s: text.indexOf(c.anchor),
      e: text.indexOf(c.anchor) + c.anchor.length,
    }));
    const bad = (g.not_claims ?? []).flatMap((n) => spansOf(text, n));
    const allQ = claims.flatMap((c) => c.quantities);
    for (const c of claims) {
      t.ext++;
      if (bad.some(([b0, b1]) => overlap(c.span.start, c.span.end, b0, b1) > 0)) t.leak++;
      else if (anchors.some((a) => overlap(c.span.start, c.span.end, a.s, a.e) > 0)) t.ok++;
      else if (verbose) lines.push(`  ${file}: claim matches no gold: ${c.text.slice(0, 90)}`);
    }
    for (const a of anchors) {
      const hit = claims.find(
        (c) => overlap(c.span.start, c.span.end, a.s, a.e) >= 0.8 * (a.e - a.s),
      );
      if (a.required) {
        t.req++;
        if (hit) t.hit++;
        else if (verbose) lines.push(`  ${file}: missed: ${a.anchor.slice(0, 90)}`);
      }
      for (const q of a.required || hit ? (a.quantities ?? []) : []) {
        t.qN++;
        const qs = text.indexOf(q.text, Math.max(0, a.s - 150));
        const got = allQ.some(
          (x) =>
            overlap(x.span.start, x.span.end, qs, qs + q.text.length) > 0 &&
            x.type === q.type &&
            near(x.value, q.value) &&
            (!q.unit || (x.unit ?? "").toLowerCase() === q.unit.toLowerCase()),
        );
        if (got) t.qOk++;
        else if (verbose) lines.push(`  ${file}: quantity wrong: ${q.text}`);
      }
      if (a.time && hit) {
        t.tN++;
        const tm = hit.time;
        if (tm && tm.start >= a.time.start && tm.end <= a.time.end) t.tOk++;
        else if (verbose)
          lines.push(
            `  ${file}: time wrong for ${a.anchor.slice(0, 40)}: ${tm?.start}..${tm?.end}`,
          );
      }
    }
    for (const n of g.not_quantities ?? []) {
      for (const [n0, n1] of spansOf(text, n)) {
        if (bad.some(([b0, b1]) => overlap(n0, n1, b0, b1) > 0)) continue;
        if (allQ.some((x) => overlap(x.span.start, x.span.end, n0, n1) > 0)) t.names++;
      }
    }
  }
  return [
    `gold articles: required-claim recall ${pct(t.hit, t.req)}, precision ${pct(t.ok, t.ext)}, quantities ${pct(t.qOk, t.qN)}, times ${pct(t.tOk, t.tN)}, furniture claims ${t.leak}, names taken for amounts ${t.names}`,
    ...lines,
  ];
}

// Check-worthiness on the evaluation data: F1 on ClaimBuster's expert-labelled sentences (which
// calibrated the scores, so an upper figure), and the gold articles' ordering: every sentence holding a
// required claim must score above every furniture line and the opinion sentences.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findLayout, scoreSentence, splitSentences } from "../../src/extract/index.js";
import { loadClaimBuster } from "../train/data.js";
import { pct, present, SHARED } from "./shared.js";

const OPINION = [/^In conclusion,/, /^Market analysts suggest/];

export function evalCheckworthiness(): string[] {
  const lines: string[] = [];
  if (present("eval", "checkworthiness")) {
    const { expert } = loadClaimBuster(join(SHARED, "eval", "checkworthiness"));
    let [tp, fp, fn] = [0, 0, 0];
    for (const s of expert) {
      const { checkworthy } = scoreSentence(s.text);
      if (checkworthy && s.checkworthy) tp++;
      else if (checkworthy) fp++;
      else if (s.checkworthy) fn++;
    }
    const [p, r] = [tp / (tp + fp || 1), tp / (tp + fn || 1)];
    lines.push(
      `checkworthiness on ClaimBuster expert labels (calibrated the scores): F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)})`,
    );
  }
  const dir = join(SHARED, "articles");
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8"));
    const text = readFileSync(join(dir, gold.article), "utf8");
    const sentences = [...text.matchAll(/[^\n]+/g)]
      .flatMap((m) => splitSentences(text, { start: m.index, end: m.index + m[0].length }))
      .map((s) => text.slice(s.start, s.end));
    const required = gold.claims
      .filter((c: { required: boolean }) => c.required)
      .map((c: { anchor: string }) => sentences.find((s) => s.includes(c.anchor)));
    const furniture = findLayout(text).ignored.flatMap((i) =>
      text.slice(i.span.start, i.span.end).split("\n"),
    );
    const opinion = sentences.filter((s) => OPINION.some((re) => re.test(s)));
    const low = Math.min(...required.map((s: string) => scoreSentence(s).score));
    const beaten = [...furniture, ...opinion].filter((s) => scoreSentence(s).score >= low);
    lines.push(
      `${file}: required-claim sentences score above furniture and opinion: ${pct(furniture.length + opinion.length - beaten.length, furniture.length + opinion.length)}${beaten.length ? `; not below: ${beaten.map((s) => s.slice(0, 40)).join(" | ")}` : ""}`,
    );
  }
  return lines;
}

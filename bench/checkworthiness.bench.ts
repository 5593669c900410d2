// Check-worthiness scoring speed: sentences per second on one core, beside tokenising the same
// sentences with a plain regex in the same run (the floor any scorer that reads the words pays).
import { readFileSync } from "node:fs";
import { scoreSentence } from "../src/extract/checkworthiness/index.js";
import { findLayout } from "../src/extract/furniture.js";
import { splitSentences } from "../src/extract/sentences.js";

const text = readFileSync(new URL("../test/fixtures/steel-merger.txt", import.meta.url), "utf8");
const sentences = findLayout(text).paragraphs.flatMap((p) => splitSentences(text, p)).map((s) => text.slice(s.start, s.end));

function perSecond(fn: (s: string) => unknown, rounds = 15, batch = 20): number {
  for (let i = 0; i < 50; i++) for (const s of sentences) fn(s);
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) for (const s of sentences) fn(s);
    best = Math.min(best, (performance.now() - t0) / (batch * sentences.length));
  }
  return 1000 / best;
}

export function benchCheckworthiness(): string[] {
  const words = /[a-z][a-z']*|\d[\d,.]*/g;
  const tokenise = (s: string) => s.toLowerCase().match(words)?.length ?? 0;
  const score = perSecond((s) => scoreSentence(s));
  const floor = perSecond(tokenise, 15, 200);
  return [
    `checkworthiness: ${sentences.length} news sentences`,
    `  scoreSentence     ${Math.round(score).toLocaleString("en")} sentences/s`,
    `  regex tokenising  ${Math.round(floor).toLocaleString("en")} sentences/s`,
    `  ratio             scoring runs at 1/${(floor / score).toFixed(0)} of tokenising`,
  ];
}

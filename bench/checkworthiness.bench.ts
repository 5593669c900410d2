// Check-worthiness scoring speed: sentences per second on one core, beside tokenising the same
// sentences with a plain regex in the same run (the floor any scorer that reads the words pays).
import { readFileSync } from "node:fs";
import { findLayout, scoreSentence, splitSentences } from "../src/extract/index.js";

const text = readFileSync(new URL("../test/fixtures/steel-merger.txt", import.meta.url), "utf8");
const sentences = findLayout(text)
  .paragraphs.flatMap((p) => splitSentences(text, p))
  .map((s) => text.slice(s.start, s.end));

// Warmed up for a second first: the scorer's many small functions reach their optimised code only after
// tens of thousands of calls, and a server scoring claims all day runs in that state. Each round then
// lasts at least 100 ms, so garbage collection is paid inside the rounds, not dodged between them.
function perSecond(fn: (s: string) => unknown, rounds = 10): number {
  const pass = () => {
    for (const s of sentences) fn(s);
  };
  for (const t0 = performance.now(); performance.now() - t0 < 1000; ) pass();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let n = 0;
    const t0 = performance.now();
    while (performance.now() - t0 < 100) pass(), (n += sentences.length);
    best = Math.max(best, n / ((performance.now() - t0) / 1000));
  }
  return best;
}

export function benchCheckworthiness(): string[] {
  const words = /[a-z][a-z']*|\d[\d,.]*/g;
  const tokenise = (s: string) => s.toLowerCase().match(words)?.length ?? 0;
  const score = perSecond((s) => scoreSentence(s));
  const floor = perSecond(tokenise);
  return [
    `checkworthiness: ${sentences.length} news sentences`,
    `  scoreSentence     ${Math.round(score).toLocaleString("en")} sentences/s`,
    `  regex tokenising  ${Math.round(floor).toLocaleString("en")} sentences/s`,
    `  ratio             scoring runs at 1/${(floor / score).toFixed(0)} of tokenising`,
  ];
}

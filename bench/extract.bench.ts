// Extraction speed: median ms per ~7 KB article and MB/s, beside a raw combined-regex scan of the same
// text in the same process (the practical ceiling for anything that reads every character), then each
// pipeline stage's share and MB/s, so a rule that slows its stage shows.
import { readFileSync } from "node:fs";
import { extractClaims } from "../src/extract/index.js";
import { profileStages } from "./stage-profile.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../test/fixtures/${name}`, import.meta.url), "utf8");
// Two of our own fixture stories, ~7 KB of news copy with furniture, figures and dates.
const article = `${fixture("steel-merger.txt")}\n${fixture("steel-merger.txt")}`;
const RAW =
  /(?:[$£€]\s?)?\d[\d,]*(?:\.\d+)?\s*(?:%|percent|per cent|million|billion|trillion|bn|thousand)?|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/gi;

function rawScan(text: string): number {
  let n = 0;
  RAW.lastIndex = 0;
  while (RAW.exec(text)) n++;
  return n;
}

/** Median milliseconds per call over `rounds` rounds of `batch` calls, after a warm-up. */
function median(fn: () => unknown, rounds = 25, batch = 40): number {
  for (let i = 0; i < 200; i++) fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    times.push((performance.now() - t0) / batch);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export async function benchExtract(): Promise<string[]> {
  const bytes = Buffer.byteLength(article);
  const extract = median(() => extractClaims({ text: article, publishedAt: "2024-08-20" }));
  const raw = median(() => rawScan(article), 25, 400);
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(1);
  const claims = extractClaims({ text: article, publishedAt: "2024-08-20" }).claims.length;
  return [
    `extract: ${(bytes / 1024).toFixed(1)} KB article, ${claims} claims`,
    `  extractClaims     median ${extract.toFixed(3)} ms/article  ${mbps(extract)} MB/s`,
    `  raw regex scan    median ${raw.toFixed(3)} ms/article  ${mbps(raw)} MB/s`,
    `  ratio             extraction runs at 1/${(extract / raw).toFixed(0)} of the raw scan`,
    "  by stage (sampling profiler; MB/s each stage would run at alone):",
    ...(await profileStages(article, "2024-08-20", 2)).rows.map(
      ({ stage, share, mbps }) =>
        `    ${stage.padEnd(28)} ${(100 * share).toFixed(1).padStart(5)} %  ${mbps.toFixed(0).padStart(5)} MB/s`,
    ),
  ];
}

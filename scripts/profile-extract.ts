// Where extraction spends its time, by pipeline stage: runs the extractor over one story for a few seconds
// under V8's sampling profiler (in process, no files) and prints each stage's share and the MB/s.
// Usage: npx tsx scripts/profile-extract.ts [story.txt] [published-at] [seconds]
// Default story: the seed article beside the checkout when present, else our fixture stories.
import { existsSync, readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { STORY } from "../bench/corpus.js";
import { extractClaims } from "../src/extract/index.js";

const SEED = new URL("../../shared/articles/nvidia-h20-china.txt", import.meta.url);
const [file, publishedAt = "2025-08-20", seconds = "5"] = process.argv.slice(2);
const text = file
  ? readFileSync(file, "utf8")
  : existsSync(SEED)
    ? readFileSync(SEED, "utf8")
    : STORY;
console.log(
  file ??
    (existsSync(SEED) ? "the seed article (../shared)" : "the fixture stories (../shared absent)"),
);

// The pipeline's stages as the functions it calls; a sample counts for the outermost one it is inside.
const STAGES = [
  "findLayout",
  "namesCurrency",
  "splitSentences",
  "noteFiscalYear",
  "claimantOf",
  "scanCues",
  "sentenceTimes",
  "findQuantities",
  "opinionKind",
  "claimSpans",
  "claimTime",
  "classify",
  "findSubject",
  "checkworthiness",
  "settleCurrencies",
];

// A fresh copy of the text each run, as every line of the JSONL CLI is: V8 caches some results of global
// regexes on the same string, which would flatter a loop over one string.
const encoded = JSON.stringify(text);
const run = () => extractClaims({ text: JSON.parse(encoded) as string, publishedAt });
for (let i = 0; i < 100; i++) run();
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.setSamplingInterval", { interval: 100 });
await session.post("Profiler.start");
const t0 = performance.now();
let runs = 0;
while (performance.now() - t0 < Number(seconds) * 1000) {
  run();
  runs++;
}
const elapsed = (performance.now() - t0) / 1000;
const { profile } = await session.post("Profiler.stop");

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const share = new Map<string, number>();
let total = 0;
profile.samples!.forEach((id, i) => {
  const dt = profile.timeDeltas![i] ?? 0;
  let stage: string | null = null;
  let inside = false;
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const fn = nodes.get(cur)!.callFrame.functionName;
    if (STAGES.includes(fn)) stage = fn;
    if (fn === "extractClaims") inside = true;
  }
  if (!inside) return;
  total += dt;
  const key = stage ?? "(the pipeline's own code)";
  share.set(key, (share.get(key) ?? 0) + dt);
});
const mbps = (text.length * runs) / 1e6 / elapsed;
console.log(
  `${runs} runs of ${text.length} characters: ${mbps.toFixed(2)} MB/s, ${((elapsed * 1000) / runs).toFixed(3)} ms a run (profiler on)`,
);
console.log("| stage | share | MB/s alone |\n|---|---|---|");
for (const [stage, t] of [...share].sort((a, b) => b[1] - a[1]))
  console.log(
    `| ${stage} | ${((100 * t) / total).toFixed(1)} % | ${(mbps * (total / t)).toFixed(0)} |`,
  );

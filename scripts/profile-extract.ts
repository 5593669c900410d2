// Where extraction spends its time, by pipeline stage (bench/stage-profile.ts): prints each stage's share
// and the MB/s it would run at alone, as a README table.
// Usage: npx tsx scripts/profile-extract.ts [story.txt] [published-at] [seconds]
// Default story: the seed article beside the checkout when present, else our fixture stories.
import { existsSync, readFileSync } from "node:fs";
import { STORY } from "../bench/corpus.js";
import { profileStages } from "../bench/stage-profile.js";

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
const { mbps, msPerRun, rows } = await profileStages(text, publishedAt, Number(seconds));
console.log(
  `${text.length} characters: ${mbps.toFixed(2)} MB/s, ${msPerRun.toFixed(3)} ms a run (profiler off)`,
);
console.log("| stage | share | MB/s alone |\n|---|---|---|");
for (const { stage, share, mbps: alone } of rows)
  console.log(`| ${stage} | ${(100 * share).toFixed(1)} % | ${alone.toFixed(0)} |`);

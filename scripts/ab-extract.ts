// `npx tsx scripts/ab-extract.ts OTHER_CHECKOUT [story.txt]`: this checkout's extractor against another's
// (a `git worktree` of an older commit), loaded side by side in one process and run in alternating rounds,
// CPU time per round. Prints the median ratio this/other with its quartiles: on a noisy VM, where
// wall-clock runs drift by ±20 %, the ratio of neighbouring rounds is what stays steady.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [other, story] = process.argv.slice(2);
if (!other) {
  console.error("usage: ab-extract OTHER_CHECKOUT [story.txt]");
  process.exit(2);
}
const SEED = new URL("../../shared/articles/nvidia-h20-china.txt", import.meta.url);
const FIXTURE = new URL("../test/fixtures/steel-merger.txt", import.meta.url);
const text = readFileSync(story ?? (existsSync(SEED) ? SEED : FIXTURE), "utf8");
const load = async (root: string) =>
  (await import(pathToFileURL(resolve(root, "src/extract/index.ts")).href))
    .extractClaims as (input: { text: string; publishedAt: string }) => unknown;
const [mine, theirs] = [await load(resolve(import.meta.dirname, "..")), await load(other)];

const input = { text, publishedAt: "2025-08-20" };
const cpu = (fn: () => void) => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return used.user + used.system;
};
const rounds = (fn: typeof mine) => () => {
  for (let i = 0; i < 100; i++) fn(input);
};
for (let i = 0; i < 1500; i++) {
  mine(input);
  theirs(input);
}
const ratios: number[] = [];
let [a, b] = [0, 0];
for (let r = 0; r < 40; r++) {
  const t = cpu(rounds(theirs));
  const m = cpu(rounds(mine));
  ratios.push(m / t);
  [a, b] = [a + t, b + m];
}
ratios.sort((x, y) => x - y);
const ms = (us: number) => (us / 4000 / 1000).toFixed(3);
console.log(
  `this/other ${ratios[20]!.toFixed(3)} (quartiles ${ratios[10]!.toFixed(3)}–${ratios[30]!.toFixed(3)}); ` +
    `this ${ms(b)} ms, other ${ms(a)} ms a run`,
);

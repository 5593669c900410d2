// Where extraction spends its time, stage by stage: the extractor runs over one story under V8's sampling
// profiler and each sample counts for the outermost pipeline stage it is inside. The stages are read
// from the pipeline's own source (every imported function it calls), so a stage added there shows here
// without anyone keeping a list; a rule that slows its stage shows as that stage's MB/s falling.
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { extractClaims } from "../src/extract/index.js";

const PIPELINE = new URL("../src/extract/pipeline.ts", import.meta.url);

/** The functions the pipeline imports and calls. */
export function pipelineStages(source = readFileSync(PIPELINE, "utf8")): string[] {
  const imported = new Set<string>();
  for (const m of source.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from/gm))
    for (const name of m[1]!.split(","))
      if (!/^\s*type\s/.test(name) && name.trim()) imported.add(name.trim());
  return [...imported].filter((name) => new RegExp(`\\b${name}\\(`).test(source));
}

export interface StageRow {
  stage: string;
  /** Share of the extractor's samples, 0–1. */
  share: number;
  /** Megabytes a second the stage would run at were it all the extractor did. */
  mbps: number;
}

export interface StageProfile {
  /** Megabytes a second with the profiler off, from a timed run beside the profiled one. */
  mbps: number;
  msPerRun: number;
  rows: StageRow[];
}

const OWN = "(the pipeline's own code)";

/**
 * Times `seconds` of runs with the profiler off (the speed), then as long again with it on (the shares):
 * the sampling profiler slows every stage alike, so shares are read from it and speeds from the plain run.
 * A fresh copy of the text each run, as every line of the JSONL CLI is: V8 caches some results of global
 * regexes on the same string, which would flatter a loop over one string.
 */
export async function profileStages(
  text: string,
  publishedAt: string,
  seconds = 3,
): Promise<StageProfile> {
  const encoded = JSON.stringify(text);
  const run = () => extractClaims({ text: JSON.parse(encoded) as string, publishedAt });
  const runFor = (ms: number) => {
    const t0 = performance.now();
    let runs = 0;
    while (performance.now() - t0 < ms) {
      run();
      runs++;
    }
    return (performance.now() - t0) / runs;
  };
  runFor(500);
  const msPerRun = runFor(seconds * 1000);
  const mbps = text.length / 1e3 / msPerRun;

  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 100 });
  await session.post("Profiler.start");
  runFor(seconds * 1000);
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();

  const stages = new Set(pipelineStages());
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const time = new Map<string, number>();
  let total = 0;
  profile.samples?.forEach((id, i) => {
    const dt = profile.timeDeltas?.[i] ?? 0;
    let stage: string | null = null;
    let inside = false;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const fn = nodes.get(cur)!.callFrame.functionName;
      if (stages.has(fn)) stage = fn;
      if (fn === "extractClaims") inside = true;
    }
    if (!inside) return;
    total += dt;
    const key = stage ?? OWN;
    time.set(key, (time.get(key) ?? 0) + dt);
  });
  const rows = [...time]
    .sort((a, b) => b[1] - a[1])
    .map(([stage, t]) => ({ stage, share: t / total, mbps: mbps * (total / t) }));
  return { mbps, msPerRun, rows };
}

// `npm run bench` reports each pipeline stage's share of extraction and its MB/s, so a rule that slows
// its stage shows there; the stages are read from the pipeline itself, never from a list kept by hand.
import { describe, expect, it } from "vitest";
import { pipelineStages, profileStages } from "../../bench/stage-profile.js";

describe("the bench's pipeline stages", () => {
  it("are the functions the pipeline imports and calls", () => {
    const stages = pipelineStages();
    for (const stage of [
      "findLayout",
      "findQuantities",
      "sentenceTimes",
      "findSubject",
      "claimantOf",
    ])
      expect(stages).toContain(stage);
  });

  it("leave out imported constants and types, and functions imported but never called", () => {
    const source = [
      'import { readA, readB, LIMIT } from "./a.js";',
      'import type { Claim } from "./types.js";',
      'import { type Span, readC } from "./c.js";',
      "export const run = (s: string) => readA(s).concat(readC(s, LIMIT));",
    ].join("\n");
    expect(pipelineStages(source)).toEqual(["readA", "readC"]);
  });
});

describe("the bench's profile of one story", () => {
  it("shares the extractor's time among its stages, each with the speed it would run at alone", async () => {
    const story =
      "Revenue rose 12% to $4.2 billion in the third quarter, the company said on Tuesday. " +
      "It expects sales of $17 billion in 2026, Reuters reported.";
    const { mbps, rows } = await profileStages(story, "2025-08-20", 0.3);
    expect(mbps).toBeGreaterThan(0);
    const total = rows.reduce((sum, r) => sum + r.share, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(rows.map((r) => r.stage)).toContain("findQuantities");
    // Each stage alone is faster than the whole; the largest share comes first.
    for (const r of rows) expect(r.mbps).toBeGreaterThanOrEqual(mbps);
    expect(rows[0]!.share).toBeGreaterThanOrEqual(rows[rows.length - 1]!.share);
  });
});

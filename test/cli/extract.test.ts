import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const article = readFileSync(new URL("../fixtures/port-strike.txt", import.meta.url), "utf8");

function cli(args: string[], input: string) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/extract.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 30_000,
    maxBuffer: 1 << 26,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("extract CLI", () => {
  it("prints the extraction of an article read from stdin", () => {
    const r = cli(["--published-at", "2025-08-20"], article);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.claims.length).toBe(7);
    expect(out.claims[0]).toMatchObject({
      id: "c1",
      kind: expect.any(String),
      time: { start: "2025-08-18" },
    });
    expect(out.ignored.length).toBeGreaterThan(0);
  });

  it("streams one result line per JSONL line and reports bad lines without stopping", () => {
    const lines = [
      JSON.stringify({
        id: "a",
        text: "Exports rose 4% to $2.1 billion last year.",
        publishedAt: "2025-08-20",
      }),
      "{not json",
      JSON.stringify({ id: 7, text: 42 }),
      JSON.stringify({ id: "d", text: "Imports fell 2%.", publishedAt: "20/08/2025" }),
      "",
      JSON.stringify({ id: "e", text: "The city has 3m residents." }),
    ].join("\n");
    const r = cli(["--jsonl"], `${lines}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", null, 7, "d", "e"]);
    expect(out[0].claims[0].quantities.map((q: { value: number }) => q.value)).toEqual([4, 2.1e9]);
    expect(out[0].claims[0].time).toMatchObject({ start: "2024-01-01", end: "2024-12-31" });
    expect(out[1].error).toMatch(/line 2: not valid JSON/);
    expect(out[2].error).toMatch(/line 3: text/);
    expect(out[3].error).toMatch(/line 4: publishedAt/);
    expect(out[4].claims).toHaveLength(1);
  });

  it("keeps every answer whole and in order across output batches, a huge one included", () => {
    // Curly quotes make each answer multi-byte UTF-8; the huge article's answer alone outgrows a batch.
    const story = "Exports rose 4% to $2.1 billion last year, the ministry’s “report” said. ";
    const ids = Array.from({ length: 150 }, (_, i) => `a${i}`);
    const lines = ids.map((id) =>
      JSON.stringify({
        id,
        text: story.repeat(id === "a70" ? 1500 : 20),
        publishedAt: "2025-08-20",
      }),
    );
    const r = cli(["--jsonl"], `${lines.join("\n")}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(ids);
    expect(out.map((o) => o.claims.length)).toEqual(ids.map((id) => (id === "a70" ? 1500 : 20)));
    expect(out[70].claims[1499].text).toContain("ministry’s “report”");
  });

  it.each([
    [["--published-at", "yesterday"], /--published-at must be an ISO date/],
    [["--frobnicate"], /Unknown option '--frobnicate'/],
    [["stray"], /unexpected argument "stray"/],
    [["--jsonl", "--published-at", "2025-08-20"], /--jsonl takes its metadata from each line/],
  ])("rejects bad arguments %j with exit 2 and a message", (args, message) => {
    const r = cli(args, "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: extract/);
    expect(r.stdout).toBe("");
  });
});

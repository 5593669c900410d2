import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const cli = (args: string[], input: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/checkworthiness.ts", ...args], {
    cwd: root,
    input,
    encoding: "utf8",
    timeout: 30_000,
  });

describe("checkworthiness CLI", () => {
  it("answers each {id, text} line with {id, score, checkworthy}, and bad lines with {id, error}", () => {
    const input = [
      JSON.stringify({ id: "a", text: "The deficit rose to $1.7 trillion in 2020." }),
      JSON.stringify({ id: 2, text: "Thank you." }),
      "not json",
      JSON.stringify({ id: "d" }),
      JSON.stringify({ text: "no id" }),
    ].join("\n");
    const r = cli(["--jsonl"], `${input}\n`);
    expect(r.status).toBe(0);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(["a", 2, null, "d", null]);
    expect(out[0]).toEqual({ id: "a", score: expect.any(Number), checkworthy: true });
    expect(out[1]).toMatchObject({ id: 2, checkworthy: false });
    expect(out[0].score).toBeGreaterThan(out[1].score);
    expect(out[2].error).toMatch(/line 3: not valid JSON/);
    expect(out[3].error).toMatch(/line 4: text/);
    expect(out[4].error).toMatch(/line 5: id/);
  });

  it.each([
    [[], /--jsonl is required/],
    [["--frobnicate"], /Unknown option/],
    [["--jsonl", "x"], /unexpected argument/],
  ])("rejects %j with exit 2", (args, message) => {
    const r = cli(args as string[], "");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/usage: checkworthiness/);
  });
});

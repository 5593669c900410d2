import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { bestThreshold, f1At, shippedThreshold } from "../../scripts/train/metrics.js";
import { loadModel, type ModelFile, probability } from "../../src/extract/checkworthiness/model.js";
import { sentenceSignals } from "../../src/extract/checkworthiness/signals.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "factdesk-train-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The teacher's sentence vectors are cached in this test's own folder, removed afterwards.
const train = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/train-checkworthiness.ts", ...args], {
    cwd: root,
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, FACTDESK_TEACHER_CACHE: dir },
  });

// A small debate corpus in ClaimBuster's layout, one debate per election cycle: figures are check-worthy
// (1), opinions and courtesies are not (-1).
const CYCLES = [1960, 1976, 1980, 1984, 1988, 1992, 1996, 2000, 2004, 2008, 2012, 2016];
const claims = (n: number) => [
  `Unemployment rose to ${(n % 9) + 3} percent under this administration.`,
  `We spent $${n + 2} billion on highways last year.`,
  `The deficit grew by ${n + 10} percent since ${1950 + n}.`,
];
const chatter = [
  "I think we can do better as a country.",
  "Thank you very much, it is good to be here.",
  "What would you do about that?",
];
function corpus(): string {
  const rows = [
    "Sentence_id,Text,Speaker,Speaker_title,Speaker_party,File_id,Length,Line_number,Sentiment,Verdict",
  ];
  let id = 0;
  for (const year of CYCLES) {
    for (let k = 0; k < 4; k++) {
      for (const text of claims(id))
        rows.push(`${++id},"${text}",A,,,${year}-10-0${k + 1}.txt,10,${id},0,1`);
      for (const text of chatter)
        rows.push(`${++id},"${text} (${id})",B,,,${year}-10-0${k + 1}.txt,10,${id},0,-1`);
    }
  }
  return rows.join("\n");
}
writeFileSync(join(dir, "claimbuster-crowdsourced.csv"), corpus());
writeFileSync(join(dir, "claimbuster-groundtruth.csv"), corpus().replace(/\((\d+)\)/g, "[$1]"));
// Two unlabelled speeches for the teacher to label, in the State of the Union files' naming.
const speeches = join(dir, "speeches");
mkdirSync(speeches);
writeFileSync(
  join(speeches, "1994_a_speaker.txt"),
  "Inflation fell to 3 percent last year.\nWe are grateful to all of you tonight.",
);
writeFileSync(
  join(speeches, "2015_b_speaker.txt"),
  "We created 11 million jobs since 2010. Thank you, and may God bless you.",
);

describe("npm run train:checkworthiness", () => {
  it("trains the same model file from the same data, and prints its held-out figures", () => {
    const [a, b] = [join(dir, "a.json"), join(dir, "b.json")];
    const first = train(["--data", dir, "--out", a, "--speeches", speeches]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/and 4 speech sentences labelled by the teacher/);
    expect(first.stdout).toMatch(/the teacher itself \(28 MB, not shipped\), same protocol: F1/);
    expect(first.stdout).toMatch(
      /held-out election cycles, expert labels \(\d+ sentences\): F1 \d\.\d{3}/,
    );
    expect(first.stdout).toMatch(/newest debates \(2016, crowd labels, \d+ sentences\)/);
    expect(first.stdout).toMatch(/plain hashed n-grams, same protocol: F1/);
    expect(train(["--data", dir, "--out", b, "--speeches", speeches]).status).toBe(0);
    expect(readFileSync(b, "utf8")).toBe(readFileSync(a, "utf8"));

    const model = loadModel(JSON.parse(readFileSync(a, "utf8")) as ModelFile);
    const p = (text: string) => probability(model, sentenceSignals(text));
    expect(p("Unemployment rose to 8 percent under this administration.")).toBeGreaterThan(
      model.threshold,
    );
    expect(p("I think we can do better as a country.")).toBeLessThan(model.threshold);
  });

  it("trains on the debates alone with --speeches none", () => {
    const out = join(dir, "alone.json");
    const r = train(["--data", dir, "--out", out, "--speeches", "none"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/and 0 speech sentences/);
    expect(r.stdout).not.toMatch(/the teacher itself/);
    expect((JSON.parse(readFileSync(out, "utf8")) as ModelFile).training.speechSentences).toBe(0);
  });

  it("exits 2 with its usage when --data is missing", () => {
    const r = train([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run train:checkworthiness/);
  });
});

describe("the threshold choice", () => {
  // Twenty check-worthy sentences scored 0.2–0.7 and eighty others at 0.1: every threshold from 0.11 to
  // 0.20 catches all twenty and none of the rest, so F1 is 1 on that whole band.
  const scored = [
    ...Array.from({ length: 20 }, (_, i) => ({ p: 0.2 + i / 40, y: true })),
    ...Array.from({ length: 80 }, () => ({ p: 0.1, y: false })),
  ];

  it("takes the middle of the thresholds tied for the best F1", () => {
    expect(bestThreshold(scored)).toEqual({ threshold: 0.15, f1: 1 });
  });

  it("with a tolerance, takes the middle of the band near the best, not its edge", () => {
    const { threshold } = bestThreshold(scored, 0.05);
    expect(threshold).toBeGreaterThan(0.15);
    expect(f1At(scored, threshold).f1).toBeGreaterThanOrEqual(0.95);
  });

  it("ships the band's middle on a 0.05 grid, so a hundredth's drift does not move it", () => {
    const shifted = scored.map((x) => (x.y ? x : { ...x, p: 0.11 }));
    expect(bestThreshold(scored).threshold).not.toBe(bestThreshold(shifted).threshold);
    expect(shippedThreshold(scored, 0)).toEqual({ threshold: 0.15, f1: 1 });
    expect(shippedThreshold(shifted, 0)).toEqual({ threshold: 0.15, f1: 1 });
  });
});

// ClaimBuster (Arslan et al., ICWSM 2020): debate sentences labelled CFS (check-worthy factual, 1),
// UFS (unimportant factual, 0) and NFS (non-factual, -1). Check-worthy means CFS.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export interface Sentence {
  id: string;
  text: string;
  debate: string;
  checkworthy: boolean;
}

function read(file: string): Sentence[] {
  const rows = parse(readFileSync(file, "utf8"), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
  return rows.map((r) => ({
    id: r.Sentence_id!,
    text: r.Text!,
    debate: r.File_id!,
    checkworthy: r.Verdict!.trim() === "1",
  }));
}

export function loadClaimBuster(dir: string): { crowd: Sentence[]; expert: Sentence[] } {
  const expert = read(join(dir, "claimbuster-groundtruth.csv"));
  // A sentence the experts labelled never trains the model, so it can validate it.
  const held = new Set(expert.map((s) => s.text));
  const crowd = read(join(dir, "claimbuster-crowdsourced.csv")).filter((s) => !held.has(s.text));
  return { crowd, expert };
}

// Verified-claim retrieval (CheckThat! 2020 Task 2): the fact-check search over an in-memory database,
// scored by MAP@5 on the train split (tune there; the dev split is for the acceptance check, read rarely).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { searchTerms } from "../../src/match/search.js";
import { saveFactchecks, searchFactchecks } from "../../src/store/factchecks.js";
import { openDatabase } from "../../src/store/node-database.js";
import { createOrganization } from "../../src/store/organizations.js";
import { SHARED } from "./shared.js";

/** Rows of a TSV with a header, fields quoted as Python's csv writes them. */
function tsv(path: string): string[][] {
  const s = readFileSync(path, "utf8");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (s[i + 1] === '"') (field += '"'), i++;
      else quoted = false;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === "\t") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && s[i + 1] === "\n") i++;
      row.push(field);
      if (row.some((x) => x !== "")) rows.push(row);
      (row = []), (field = "");
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows.slice(1);
}

export async function evalRetrieval(split: "train" | "dev" = "train"): Promise<string[]> {
  const dir = (f: string) => join(SHARED, "eval", "claim-retrieval", f);
  const claims = tsv(dir("verified_claims.docs.tsv"));
  const queries = tsv(dir(`${split}-tweets.queries.tsv`));
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(dir(`${split}-tweet-vclaim-pairs.qrels`), "utf8").split("\n")) {
    const p = line.trim().split(/\s+/);
    if (p.length >= 4 && p[3] === "1")
      relevant.set(p[0]!, (relevant.get(p[0]!) ?? new Set()).add(p[2]!));
  }
  const { db, close } = await openDatabase(":memory:");
  const org = await createOrganization(db, "eval");
  const url = (id: string) => `https://factchecks.example/${id}`;
  const fields = claims.map(([id, claim, title]) => ({
    url: url(id!),
    claimReviewed: claim!,
    title: title || null,
    publisher: null,
    datePublished: null,
    ratingLabel: null,
    ratingValue: null,
    bestRating: null,
    worstRating: null,
    claimant: null,
    claimDate: null,
    appearances: [],
  }));
  for (let i = 0; i < fields.length; i += 1000)
    await saveFactchecks(db, org.id, fields.slice(i, i + 1000));
  let sum = 0;
  const ms: number[] = [];
  for (const [qid, text] of queries) {
    const t = performance.now();
    const hits = await searchFactchecks(db, org.id, searchTerms(text!), 5);
    ms.push(performance.now() - t);
    const want = relevant.get(qid!) ?? new Set();
    let found = 0;
    let ap = 0;
    hits.forEach((h, k) => {
      if (want.has(h.row.url.slice(url("").length))) ap += ++found / (k + 1);
    });
    if (want.size) sum += ap / Math.min(want.size, 5);
  }
  close();
  return [
    `claim retrieval (${split}, ${queries.length} tweets over ${claims.length} fact-checks): MAP@5 ${(sum / queries.length).toFixed(3)}, search p50 ${ms.sort((a, b) => a - b)[ms.length >> 1]!.toFixed(2)} ms`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await evalRetrieval((process.argv[2] as "train" | "dev") ?? "train"))
    console.log(line);
}

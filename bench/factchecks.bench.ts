// Fact-checks: importing 10,000 and searching them, in process over libSQL in memory, beside a primary-key
// read of one fact-check in the same database (the floor any search is compared with).
import { searchTerms } from "../src/match/search.js";
import { getFactcheck, saveFactchecks, searchFactchecks } from "../src/store/factchecks.js";
import { openDatabase } from "../src/store/node-database.js";
import { createOrganization } from "../src/store/organizations.js";
import { factcheckCorpus } from "./corpus.js";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchFactchecks(): Promise<string[]> {
  const { db, close } = await openDatabase(":memory:");
  const org = await createOrganization(db, "bench");
  const all = factcheckCorpus(10_000);
  const t0 = performance.now();
  for (let i = 0; i < all.length; i += 1000)
    await saveFactchecks(db, org.id, all.slice(i, i + 1000));
  const importS = (performance.now() - t0) / 1000;
  const queries = all
    .filter((_, i) => i % 50 === 0)
    .map((f) => `Is it true that ${f.claimReviewed.toLowerCase()}`);
  const searchMs: number[] = [];
  const readMs: number[] = [];
  const ids = (await searchFactchecks(db, org.id, searchTerms(queries[0]!), 5)).map(
    (h) => h.row.id,
  );
  for (const q of queries) {
    let t = performance.now();
    await searchFactchecks(db, org.id, searchTerms(q), 5);
    searchMs.push(performance.now() - t);
    t = performance.now();
    await getFactcheck(db, org.id, ids[0]!);
    readMs.push(performance.now() - t);
  }
  close();
  const search = median(searchMs);
  const read = median(readMs);
  return [
    `fact-checks: 10,000 imported in ${importS.toFixed(1)} s (goal ≤ 10 s)`,
    `  search            p50 ${search.toFixed(2)} ms over ${queries.length} queries (goal ≤ 10 ms)`,
    `  primary-key read  p50 ${read.toFixed(2)} ms (same process): search costs ${(search / read).toFixed(0)}× a read`,
  ];
}

// Ingest with an archive: stories arriving at an organisation that already holds 10,000 fact-checks and
// 5,000 claims (so each claim is related to stored ones and matched against fact-checks), beside the same
// stories arriving at an organisation with nothing stored. In process, one at a time, best of 3 rounds.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../src/api/app.js";
import { CallerCache } from "../src/api/caller-cache.js";
import { saveFactchecks } from "../src/store/factchecks.js";
import { openDatabase } from "../src/store/node-database.js";
import { ensureOperator } from "../src/store/organizations.js";
import { factcheckCorpus, newsArticles } from "./corpus.js";

const OPERATOR = "fdk_bench_operator";

export async function benchIngest(): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), "factdesk-ingest-"));
  const { db, close } = await openDatabase(`file:${join(dir, "bench.db")}`);
  await ensureOperator(db, OPERATOR);
  const app = createApp({ database: () => db, callerCache: new CallerCache() });
  const call = async (path: string, key: string, body: unknown) => {
    const res = await app.request(path, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const organization = (name: string) => call("/v1/organizations", OPERATOR, { name });
  const ingest = (key: string, text: string) =>
    call("/v1/articles", key, { text, publishedAt: "2024-08-20" });

  const archive = await organization("Archive");
  const all = factcheckCorpus(10_000);
  for (let i = 0; i < all.length; i += 1000)
    await saveFactchecks(db, archive.id, all.slice(i, i + 1000));
  let stored = 0;
  for (const text of newsArticles(400, 1000, 11)) {
    if (stored >= 5000) break;
    stored += (await ingest(archive.adminKey, text)).claims.length;
  }

  // Importing into an archive also marks the stored claims each fact-check closely matches.
  const more = factcheckCorpus(10_000).map((f) => ({ ...f, url: `${f.url}/again` }));
  const t0 = performance.now();
  for (let i = 0; i < more.length; i += 1000)
    await saveFactchecks(db, archive.id, more.slice(i, i + 1000));
  const importS = (performance.now() - t0) / 1000;

  const stories = newsArticles(40, 1000, 23);
  const rate = async (key: string) => {
    const t = performance.now();
    for (const text of stories) await ingest(key, text);
    return (1000 * stories.length) / (performance.now() - t);
  };
  let withArchive = 0;
  let empty = 0;
  for (let round = 0; round < 3; round++) {
    // A new organisation each round, so the baseline always starts with nothing stored.
    empty = Math.max(empty, await rate((await organization(`Empty ${round}`)).adminKey));
    withArchive = Math.max(withArchive, await rate(archive.adminKey));
  }
  close();
  rmSync(dir, { recursive: true, force: true });
  return [
    `ingest with an archive: ${stories.length} stories of ~7 KB (~45 claims), one at a time, in process`,
    `  10,000 fact-checks and ${stored.toLocaleString("en")}+ claims stored  ${withArchive.toFixed(0)} articles/s`,
    `  importing 10,000 more fact-checks into it   ${importS.toFixed(1)} s (goal ≤ 10 s)`,
    `  nothing stored                              ${empty.toFixed(0)} articles/s: the archive costs ${(100 * (1 - withArchive / empty)).toFixed(0)}%`,
  ];
}

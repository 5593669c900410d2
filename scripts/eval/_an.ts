import { readFileSync } from "node:fs";
import { join } from "node:path";
import { searchTerms } from "../../src/match/search.js";
import { saveFactchecks, searchFactchecks } from "../../src/store/factchecks.js";
import { openDatabase } from "../../src/store/node-database.js";
import { createOrganization } from "../../src/store/organizations.js";
import { SHARED } from "./shared.js";
const dir = (f: string) => join(SHARED, "eval", "claim-retrieval", f);
const tsvRows = (p: string) => readFileSync(p, "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t"));
const claims = tsvRows(dir("verified_claims.docs.tsv"));
const queries = tsvRows(dir("train-tweets.queries.tsv"));
const rel = new Map<string, string>();
for (const l of readFileSync(dir("train-tweet-vclaim-pairs.qrels"), "utf8").split("\n")) { const p = l.trim().split(/\s+/); if (p[3] === "1") rel.set(p[0]!, p[2]!); }
const { db } = await openDatabase(":memory:");
const org = await createOrganization(db, "eval");
const byId = new Map(claims.map(([id, c, t]) => [id!, `${c} || ${t}`]));
const fields = claims.map(([id, claim, title]) => ({ url: `u/${id}`, claimReviewed: claim!, title: title || null, publisher: null, datePublished: null, ratingLabel: null, ratingValue: null, bestRating: null, worstRating: null, claimant: null, claimDate: null, appearances: [] }));
for (let i = 0; i < fields.length; i += 1000) await saveFactchecks(db, org.id, fields.slice(i, i + 1000));
let shown = 0; const ranks: Record<string, number> = {};
for (const [qid, text] of queries) {
  const hits = await searchFactchecks(db, org.id, searchTerms(text!), 50);
  const want = rel.get(qid!);
  const r = hits.findIndex((h) => h.row.url === `u/${want}`);
  const k = r < 0 ? "miss" : r < 1 ? "1" : r < 5 ? "2-5" : r < 20 ? "6-20" : "21-50";
  ranks[k] = (ranks[k] ?? 0) + 1;
  if (r !== 0 && shown < Number(process.env.SHOW ?? 0)) {
    shown++;
    console.log(`\n[${r}] Q: ${text}\n  want: ${byId.get(want!)}\n  got:  ${hits[0] ? byId.get(hits[0].row.url.slice(2)) : "-"}`);
  }
}
console.log(ranks);

// The desk: the queue over 5,000 stored claims rendered server-side, beside the API read it is built from
// (same process, same database), and what each page weighs (HTML + CSS + JS) as a browser downloads it.
import { createApp } from "../src/api/app.js";
import { CallerCache } from "../src/api/caller-cache.js";
import { openDatabase } from "../src/store/node-database.js";
import { ensureOperator } from "../src/store/organizations.js";
import { newsArticles } from "./corpus.js";

const OPERATOR = "fdk_bench_operator";
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchDesk(): Promise<string[]> {
  const { db, close } = await openDatabase(":memory:");
  await ensureOperator(db, OPERATOR);
  const app = createApp({ database: () => db, callerCache: new CallerCache() });
  const post = async (path: string, key: string, body: unknown) =>
    (await (
      await app.request(path, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
    ).json()) as any;
  const org = await post("/v1/organizations", OPERATOR, { name: "Desk bench" });
  let claims = 0;
  let article = "";
  for (const text of newsArticles(200, 1000, 5)) {
    if (claims >= 5000) break;
    const a = await post("/v1/articles", org.adminKey, { text, publishedAt: "2024-08-20" });
    claims += a.claims.length;
    article ||= a.id;
  }
  const login = await app.request("/app/login", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ key: org.adminKey }).toString(),
  });
  const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
  const page = async (path: string) => {
    const res = await app.request(path, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
    return res.text();
  };
  const api = async (path: string) =>
    (await app.request(path, { headers: { authorization: `Bearer ${org.adminKey}` } })).text();

  const timed = async (run: () => Promise<unknown>, n = 40) => {
    for (let i = 0; i < 5; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await run();
      ms.push(performance.now() - t);
    }
    return median(ms);
  };
  const queue = await timed(() => page("/app"));
  const filtered = await timed(() => page("/app?status=new&q=steel&periodFrom=2023-01-01"));
  const read = await timed(() => api("/v1/claims?sort=-checkworthiness&limit=50"));

  const css = (await page("/app/static/desk.css")).length;
  const firstClaim = /href="\/app\/claims\/(clm_\w+)"/.exec(await page("/app"))![1]!;
  const weights = await Promise.all(
    [
      ["queue", "/app"],
      ["article", `/app/articles/${article}`],
      ["claim", `/app/claims/${firstClaim}`],
      ["fact-checks", "/app/factchecks"],
    ].map(
      async ([name, path]) =>
        `${name} ${((Buffer.byteLength(await page(path!)) + css) / 1024).toFixed(0)} KB`,
    ),
  );
  close();
  return [
    `desk: the queue over ${claims.toLocaleString("en-US")} claims, rendered server-side`,
    `  queue page        p50 ${queue.toFixed(1)} ms (goal ≤ 50 ms); filtered p50 ${filtered.toFixed(1)} ms`,
    `  the API read it is built from p50 ${read.toFixed(1)} ms (same process): the page costs ${(queue / read).toFixed(1)}× it`,
    `  page weight, HTML + CSS (no JS): ${weights.join(", ")} (goal ≤ 100 KB each)`,
  ];
}

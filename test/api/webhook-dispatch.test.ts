// Dispatchers that overlap, and endpoints that hang: every event arrives once, and one endpoint never
// holds another back.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { createApp } from "../../src/api/app.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";
import { dispatch } from "../../src/webhooks/dispatcher.js";
import type { Outgoing, Send } from "../../src/webhooks/send.js";
import { ingest, OPERATOR_KEY, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});
const register = async (key: string, url: string) =>
  (await (
    await s.call("POST", "/v1/webhooks", { key, body: { url, events: ["article.ingested"] } })
  ).json()) as any;

/** A receiver that counts each webhook-id it acknowledges, after yielding so dispatchers interleave. */
function counting() {
  const seen = new Map<string, number>();
  const send: Send = async ({ headers }) => {
    await new Promise((r) => setTimeout(r, 1));
    seen.set(headers["webhook-id"]!, (seen.get(headers["webhook-id"]!) ?? 0) + 1);
    return 200;
  };
  return { seen, send };
}

describe("overlapping dispatchers", () => {
  it("on one database handle send every event exactly once", async () => {
    await register(org.admin, "https://cms.example/a");
    for (let i = 0; i < 12; i++) await ingest(s, org.editor);
    const r = counting();
    await Promise.all([
      dispatch(s.db, { send: r.send }),
      dispatch(s.db, { send: r.send }),
      dispatch(s.db, { send: r.send }),
    ]);
    expect(r.seen.size).toBe(12);
    expect([...r.seen.values()].every((n) => n === 1)).toBe(true);
  });

  it("on two connections to one database file (two processes) send every event exactly once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factdesk-dispatch-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = `file:${join(dir, "db.sqlite")}`;
    const one = await openDatabase(file);
    const two = await openDatabase(file);
    onTestFinished(() => (one.close(), two.close()));
    await ensureOperator(one.db, OPERATOR_KEY);
    const app = createApp({ database: () => one.db });
    const post = async (path: string, key: string, body: unknown) =>
      (
        await app.request(path, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json() as Promise<any>;
    const o = await post("/v1/organizations", OPERATOR_KEY, { name: "Two" });
    await post("/v1/webhooks", o.adminKey, {
      url: "https://cms.example/b",
      events: ["article.ingested"],
    });
    for (let i = 0; i < 10; i++)
      await post("/v1/articles", o.adminKey, {
        text: `Exports rose ${i}% in 2024.`,
        publishedAt: "2025-01-10",
      });
    const r = counting();
    await Promise.all([
      dispatch(one.db, { send: r.send }),
      dispatch(two.db, { send: r.send }),
      dispatch(one.db, { send: r.send }),
      dispatch(two.db, { send: r.send }),
    ]);
    expect(r.seen.size).toBe(10);
    expect([...r.seen.values()].every((n) => n === 1)).toBe(true);
  });
});

describe("an endpoint that hangs", () => {
  it("holds back only its own deliveries, at most four at a time", async () => {
    const other = await organization(s, "Other");
    await register(other.admin, "https://slow.example/hook");
    for (let i = 0; i < 6; i++)
      await s.call("POST", "/v1/articles", {
        key: other.editor,
        body: { text: `Beta sales rose ${i}% in 2024.`, publishedAt: "2025-01-10" },
      });
    const hanging: Outgoing[] = [];
    const release: (() => void)[] = [];
    const fast: Outgoing[] = [];
    const send: Send = (req) => {
      if (req.url.startsWith("https://slow.example")) {
        hanging.push(req);
        return new Promise((resolve) => release.push(() => resolve(200)));
      }
      fast.push(req);
      return Promise.resolve(200);
    };
    const stuck = dispatch(s.db, { send });
    await new Promise((r) => setTimeout(r, 50));
    expect(hanging).toHaveLength(4);

    await register(org.admin, "https://cms.example/c");
    await ingest(s, org.editor);
    await dispatch(s.db, { send }); // a later pass, while the first still waits on the slow endpoint
    expect(fast).toHaveLength(1);
    expect(hanging).toHaveLength(4);

    for (const r of release.splice(0)) r();
    await new Promise((r) => setTimeout(r, 50));
    for (const r of release.splice(0)) r();
    await stuck;
    expect(hanging).toHaveLength(6);
  });
});

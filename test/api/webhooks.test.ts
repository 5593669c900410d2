import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Webhook } from "standardwebhooks";
import { beforeEach, describe, expect, it, onTestFinished } from "vitest";
import { createApp } from "../../src/api/app.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";
import { dispatch } from "../../src/webhooks/dispatcher.js";
import type { Send } from "../../src/webhooks/send.js";
import {
  ingest,
  OPERATOR_KEY,
  organization,
  problem,
  type Service,
  service,
} from "../helpers/service.js";

interface Received {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A CMS endpoint that answers with the given statuses in turn (then 200), recording what it got. */
function receiver(statuses: number[] = []) {
  const got: Received[] = [];
  const send: Send = async ({ url, headers, body }) => {
    got.push({ url, headers, body });
    return statuses[got.length - 1] ?? 200;
  };
  return { got, send };
}

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});
const register = async (events: string[], url = "https://cms.example/hooks") =>
  (await (
    await s.call("POST", "/v1/webhooks", { key: org.admin, body: { url, events } })
  ).json()) as any;

describe("webhook endpoints", () => {
  it("registers an http(s) webhook with a whsec_ secret shown once", async () => {
    const hook = await register(["claim.updated", "article.ingested"]);
    expect(hook).toMatchObject({
      id: expect.stringMatching(/^whk_/),
      url: "https://cms.example/hooks",
      enabled: true,
      secret: expect.stringMatching(/^whsec_/),
    });
    const list = (await (await s.call("GET", "/v1/webhooks", { key: org.admin })).json()) as any;
    expect(list.data).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain("whsec_");
    const rotated = (await (
      await s.call("POST", `/v1/webhooks/${hook.id}/rotate-secret`, { key: org.admin })
    ).json()) as any;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(hook.secret);
    const off = await s.call("PATCH", `/v1/webhooks/${hook.id}`, {
      key: org.admin,
      body: { enabled: false, events: ["claim.resolved"] },
    });
    expect(await off.json()).toMatchObject({ enabled: false, events: ["claim.resolved"] });
    expect((await s.call("DELETE", `/v1/webhooks/${hook.id}`, { key: org.admin })).status).toBe(
      204,
    );
    await problem(await s.call("GET", `/v1/webhooks/${hook.id}`, { key: org.admin }), 404);
  });

  it.each([
    ["ftp://cms.example/x", "url"],
    ["http://127.0.0.1:8080/hook", "url"],
    ["http://localhost/hook", "url"],
    ["http://10.0.0.5/hook", "url"],
    ["https://cms.example/x", "events.0"],
  ])("refuses %s, naming %s", async (url, field) => {
    const body =
      field === "url" ? { url, events: ["claim.updated"] } : { url, events: ["claim.deleted"] };
    expect(
      (await problem(await s.call("POST", "/v1/webhooks", { key: org.admin, body }), 422)).errors[0]
        .path,
    ).toBe(field);
  });

  it("is for admins of the organisation only", async () => {
    const hook = await register(["claim.updated"]);
    await problem(
      await s.call("POST", "/v1/webhooks", {
        key: org.editor,
        body: { url: "https://x.example", events: ["claim.updated"] },
      }),
      403,
    );
    await problem(await s.call("GET", "/v1/webhooks", { key: org.viewer }), 403);
    const other = await organization(s, "Other");
    await problem(await s.call("GET", `/v1/webhooks/${hook.id}`, { key: other.admin }), 404);
    await problem(
      await s.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { key: other.admin }),
      404,
    );
  });
});

describe("deliveries", () => {
  it("are signed so the standardwebhooks library verifies them, and carry the resource", async () => {
    const hook = await register(["article.ingested"]);
    const article = (await ingest(s, org.editor)).body;
    const r = receiver();
    await dispatch(s.db, { backoffMs: 10, send: r.send });
    expect(r.got).toHaveLength(1);
    const payload = new Webhook(hook.secret).verify(r.got[0]!.body, r.got[0]!.headers) as any;
    expect(payload).toMatchObject({
      type: "article.ingested",
      timestamp: expect.any(String),
      data: { id: article.id, claims: expect.any(Array) },
    });
    // Another secret: one character of its key changed (never the last, whose low bits may be padding).
    const i = "whsec_".length;
    const other =
      hook.secret.slice(0, i) + (hook.secret[i] === "A" ? "B" : "A") + hook.secret.slice(i + 1);
    expect(() => new Webhook(other).verify(r.got[0]!.body, r.got[0]!.headers)).toThrow();
  });

  it("retry with backoff through receiver failures, keeping one webhook-id, and log every attempt", async () => {
    const hook = await register(["claim.updated", "claim.resolved", "source.added"]);
    const claimId = (await ingest(s, org.editor)).body.claims[0].id;
    const etag = (await s.call("GET", `/v1/claims/${claimId}`, { key: org.viewer })).headers.get(
      "etag",
    )!;
    await s.call("PATCH", `/v1/claims/${claimId}`, {
      key: org.editor,
      body: { status: "in_review" },
      headers: { "if-match": etag },
    });
    const r = receiver([500, 503]);
    let clock = Date.now();
    for (let i = 0; i < 3; i++) {
      await dispatch(s.db, { backoffMs: 1000, send: r.send, now: () => clock, random: () => 0.5 });
      clock += 60_000;
    }
    expect(r.got.map((g) => g.headers["webhook-id"])).toEqual([
      r.got[0]!.headers["webhook-id"],
      r.got[0]!.headers["webhook-id"],
      r.got[0]!.headers["webhook-id"],
    ]);
    expect(JSON.parse(r.got[2]!.body)).toMatchObject({
      type: "claim.updated",
      data: { id: claimId, status: "in_review", version: 2 },
    });
    const log = (await (
      await s.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { key: org.admin })
    ).json()) as any;
    expect(log.data).toHaveLength(1);
    expect(log.data[0]).toMatchObject({ status: "delivered", type: "claim.updated" });
    expect(log.data[0].attempts.map((a: any) => a.responseStatus)).toEqual([500, 503, 200]);
    expect(log.data[0].attempts[0]).toMatchObject({
      error: "HTTP 500",
      durationMs: expect.any(Number),
      at: expect.any(String),
    });

    const again = await s.call(
      "POST",
      `/v1/webhooks/${hook.id}/deliveries/${log.data[0].id}/redeliver`,
      { key: org.admin },
    );
    expect(again.status).toBe(202);
    await dispatch(s.db, { backoffMs: 1000, send: r.send, now: () => clock });
    expect(r.got).toHaveLength(4);
    expect(r.got[3]!.headers["webhook-id"]).toBe(r.got[0]!.headers["webhook-id"]);
  });

  it("wait for their backoff (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) and give up after eight attempts", async () => {
    await register(["article.ingested"]);
    await ingest(s, org.editor);
    const r = receiver(Array(20).fill(500));
    const start = Date.now();
    const at: number[] = [];
    // Every minute for 30 hours, on the default schedule, without jitter.
    for (let clock = start; clock < start + 30 * 3600_000; clock += 60_000) {
      const before = r.got.length;
      await dispatch(s.db, { backoffMs: 5000, send: r.send, now: () => clock, random: () => 0.5 });
      if (r.got.length > before) at.push(Math.round((clock - start) / 60_000));
    }
    expect(r.got).toHaveLength(8);
    // Minutes from the first attempt: +5 s rounds up to the next minute's pass, then the schedule's gaps.
    expect(at).toEqual([0, 1, 6, 36, 156, 456, 1056, 1656]);
  });

  it("keep an endpoint enabled through a short outage, and disable it only after 5 days without a success", async () => {
    const hook = await register(["article.ingested"]);
    for (let i = 0; i < 30; i++) await ingest(s, org.editor);
    const outage = receiver(Array(1000).fill(503));
    let clock = Date.now();
    for (let i = 0; i < 60; i++, clock += 60_000)
      await dispatch(s.db, { send: outage.send, now: () => clock, random: () => 0.5 });
    expect(outage.got.length).toBeGreaterThan(60);
    const during = (await (
      await s.call("GET", `/v1/webhooks/${hook.id}`, { key: org.admin })
    ).json()) as any;
    expect(during).toMatchObject({
      enabled: true,
      failingSince: expect.any(String),
      disabledReason: null,
    });

    const healthy = receiver();
    await dispatch(s.db, { send: healthy.send, now: () => clock + 7200_000, random: () => 0.5 });
    await dispatch(s.db, {
      send: healthy.send,
      now: () => clock + 3 * 3600_000,
      random: () => 0.5,
    });
    expect(new Set(healthy.got.map((g) => g.headers["webhook-id"])).size).toBe(30);
    expect(
      ((await (await s.call("GET", `/v1/webhooks/${hook.id}`, { key: org.admin })).json()) as any)
        .failingSince,
    ).toBeNull();

    // Now down for good: still failing 5 days after its first failure, it is disabled.
    await ingest(s, org.editor);
    const down = receiver(Array(1000).fill(500));
    clock += 4 * 3600_000;
    for (let day = 0; day <= 6; day++) {
      await ingest(s, org.editor);
      for (let i = 0; i < 8; i++)
        await dispatch(s.db, {
          send: down.send,
          now: () => clock + day * 86_400_000 + i * 3 * 3600_000,
        });
    }
    const state = (await (
      await s.call("GET", `/v1/webhooks/${hook.id}`, { key: org.admin })
    ).json()) as any;
    expect(state).toMatchObject({
      enabled: false,
      disabledReason: "failing without a success for 120 hours",
    });
  });

  it("made while an endpoint is disabled are kept, and sent when it is enabled again", async () => {
    const hook = await register(["source.added"]);
    const claimId = (await ingest(s, org.editor)).body.claims[0].id;
    await s.call("POST", `/v1/claims/${claimId}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/a", stance: "supports" },
    });
    const r = receiver();
    await dispatch(s.db, { send: r.send });
    expect(r.got.map((g) => JSON.parse(g.body).type)).toEqual(["source.added"]);
    await s.call("PATCH", `/v1/webhooks/${hook.id}`, { key: org.admin, body: { enabled: false } });
    await s.call("POST", `/v1/claims/${claimId}/sources`, {
      key: org.editor,
      body: { url: "https://filings.example/b", stance: "context" },
    });
    await dispatch(s.db, { send: r.send });
    expect(r.got).toHaveLength(1);
    const back = await s.call("PATCH", `/v1/webhooks/${hook.id}`, {
      key: org.admin,
      body: { enabled: true },
    });
    expect(await back.json()).toMatchObject({
      enabled: true,
      disabledReason: null,
      failingSince: null,
    });
    await dispatch(s.db, { send: r.send });
    expect(r.got.map((g) => JSON.parse(g.body).data.url)).toEqual([
      "https://filings.example/a",
      "https://filings.example/b",
    ]);
  });

  it("that failed for good are sent again by POST /recover, from the time given", async () => {
    const hook = await register(["article.ingested"]);
    await ingest(s, org.editor);
    const r = receiver(Array(8).fill(500));
    let clock = Date.now();
    for (let i = 0; i < 10; i++, clock += 11 * 3600_000)
      await dispatch(s.db, { send: r.send, now: () => clock });
    const log = async () =>
      (
        (await (
          await s.call("GET", `/v1/webhooks/${hook.id}/deliveries`, { key: org.admin })
        ).json()) as any
      ).data;
    expect((await log())[0].status).toBe("failed");
    const later = await s.call("POST", `/v1/webhooks/${hook.id}/recover`, {
      key: org.admin,
      body: { since: new Date(Date.now() + 3600_000).toISOString() },
    });
    expect(await later.json()).toEqual({ recovered: 0 });
    const res = await s.call("POST", `/v1/webhooks/${hook.id}/recover`, {
      key: org.admin,
      body: { since: new Date(Date.now() - 3600_000).toISOString() },
    });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ recovered: 1 });
    await dispatch(s.db, { send: r.send });
    expect((await log())[0].status).toBe("delivered");
    expect(
      (
        await problem(
          await s.call("POST", `/v1/webhooks/${hook.id}/recover`, {
            key: org.admin,
            body: { since: "yesterday" },
          }),
          422,
        )
      ).errors[0].path,
    ).toBe("since");
  });

  it("carry only events that happened after the webhook was registered", async () => {
    await ingest(s, org.editor, { externalId: "before" });
    await register(["article.ingested"]);
    await ingest(s, org.editor, { externalId: "after" });
    const r = receiver();
    await dispatch(s.db, { send: r.send });
    expect(r.got.map((g) => JSON.parse(g.body).data.externalId)).toEqual(["after"]);
  });

  it("PATCH with nothing to change answers the webhook as it is", async () => {
    const hook = await register(["article.ingested"]);
    const res = await s.call("PATCH", `/v1/webhooks/${hook.id}`, { key: org.admin, body: {} });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      id: hook.id,
      enabled: true,
      events: ["article.ingested"],
    });
    await problem(
      await s.call("PATCH", "/v1/webhooks/whk_nope", { key: org.admin, body: {} }),
      404,
    );
  });

  it("survive the process stopping between the change and the delivery (outbox)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "factdesk-outbox-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = `file:${join(dir, "db.sqlite")}`;
    const first = await openDatabase(file);
    await ensureOperator(first.db, OPERATOR_KEY);
    const app = createApp({ database: () => first.db });
    const call = async (path: string, key: string, body: unknown) =>
      (
        await app.request(path, {
          method: "POST",
          headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).json() as Promise<any>;
    const o = await call("/v1/organizations", OPERATOR_KEY, { name: "Restart" });
    await call("/v1/webhooks", o.adminKey, {
      url: "https://cms.example/hooks",
      events: ["article.ingested"],
    });
    await call("/v1/articles", o.adminKey, {
      text: "Exports rose 4% in 2024.",
      publishedAt: "2025-01-10",
    });
    first.close(); // stopped before any dispatcher ran

    const second = await openDatabase(file);
    const r = receiver();
    await dispatch(second.db, { backoffMs: 10, send: r.send });
    expect(r.got.map((g) => JSON.parse(g.body).type)).toEqual(["article.ingested"]);
    second.close();
  });
});

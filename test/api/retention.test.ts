// What is kept: finished deliveries, their attempts and dispatched events for the retention period;
// Idempotency-Keys for the 24 hours they replay. Pending work is never pruned.
import { beforeEach, describe, expect, it } from "vitest";
import { deliveries, deliveryAttempts, idempotencyKeys, outbox } from "../../db/schema.js";
import { prune } from "../../src/store/retention.js";
import { dispatch } from "../../src/webhooks/dispatcher.js";
import { ingest, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});
const DAY = 86_400_000;
const count = async () => ({
  outbox: (await s.db.select().from(outbox)).length,
  deliveries: (await s.db.select().from(deliveries)).length,
  attempts: (await s.db.select().from(deliveryAttempts)).length,
  idempotencyKeys: (await s.db.select().from(idempotencyKeys)).length,
});

describe("retention", () => {
  it("prunes delivered work and expired Idempotency-Keys past their time, and keeps what is pending or recent", async () => {
    await s.call("POST", "/v1/webhooks", {
      key: org.admin,
      body: { url: "https://cms.example/a", events: ["article.ingested"] },
    });
    await ingest(s, org.editor, { externalId: "one" });
    await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: { text: "Sales rose 3% in 2024.", publishedAt: "2025-01-10" },
      headers: { "idempotency-key": "k" },
    });
    await dispatch(s.db, { send: async () => 200 });
    await ingest(s, org.editor, { externalId: "two" }); // fanned out below, never delivered: pending
    await dispatch(s.db, { send: async () => 503 });
    expect(await count()).toEqual({ outbox: 3, deliveries: 3, attempts: 3, idempotencyKeys: 1 });

    expect(await prune(s.db, { now: Date.now() + 12 * 3600_000, retentionDays: 30 })).toEqual({
      outbox: 0,
      deliveries: 0,
      idempotencyKeys: 0,
    });
    expect(await prune(s.db, { now: Date.now() + 2 * DAY, retentionDays: 30 })).toEqual({
      outbox: 0,
      deliveries: 0,
      idempotencyKeys: 1,
    });
    const pruned = await prune(s.db, { now: Date.now() + 31 * DAY, retentionDays: 30 });
    expect(pruned).toEqual({ outbox: 3, deliveries: 2, idempotencyKeys: 0 });
    // The pending delivery and its attempt stay until they finish.
    expect(await count()).toEqual({ outbox: 0, deliveries: 1, attempts: 1, idempotencyKeys: 0 });
  });

  it("keeps everything for as many days as configured", async () => {
    await s.call("POST", "/v1/webhooks", {
      key: org.admin,
      body: { url: "https://cms.example/a", events: ["article.ingested"] },
    });
    await ingest(s, org.editor);
    await dispatch(s.db, { send: async () => 200 });
    expect(await prune(s.db, { now: Date.now() + 31 * DAY, retentionDays: 90 })).toMatchObject({
      outbox: 0,
      deliveries: 0,
    });
    expect(await prune(s.db, { now: Date.now() + 91 * DAY, retentionDays: 90 })).toMatchObject({
      outbox: 1,
      deliveries: 1,
    });
  });
});

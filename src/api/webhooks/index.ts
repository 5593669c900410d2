import { OpenAPIHono } from "@hono/zod-openapi";
import { recoverFailed } from "../../store/deliveries.js";
import * as store from "../../store/webhooks.js";
import type { EventType } from "../../webhooks/events.js";
import { newSecret } from "../../webhooks/signing.js";
import { targetProblem } from "../../webhooks/targets.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { validationHook } from "../validation.js";
import * as routes from "./webhooks.routes.js";

type Events = EventType[];
const present = ({ orgId: _o, secret: _s, failureStreak: _f, ...w }: store.WebhookRow) => ({
  ...w,
  events: w.events as Events,
});
const notFoundHook = (id: string) => notFound("webhook", id);

export function webhookRoutes(options: { allowPrivateTargets: boolean }) {
  const checkUrl = (url: string) => {
    const problem = targetProblem(url, options.allowPrivateTargets);
    if (problem)
      throw new Problem("invalid_webhook_url", `url ${problem}.`, {
        errors: [{ path: "url", message: problem }],
      });
  };
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(routes.createWebhook, async (c) => {
      const input = c.req.valid("json");
      checkUrl(input.url);
      const row = await store.createWebhook(c.var.db, orgCaller(c).orgId, input, newSecret());
      return c.json({ ...present(row), secret: row.secret }, 201, {
        location: `/v1/webhooks/${row.id}`,
      });
    })
    .openapi(routes.listWebhooks, async (c) =>
      c.json({ data: (await store.listWebhooks(c.var.db, orgCaller(c).orgId)).map(present) }, 200),
    )
    .openapi(routes.getWebhook, async (c) => {
      const { id } = c.req.valid("param");
      const row = await store.getWebhook(c.var.db, orgCaller(c).orgId, id);
      if (!row) throw notFoundHook(id);
      return c.json(present(row), 200);
    })
    .openapi(routes.patchWebhook, async (c) => {
      const { id } = c.req.valid("param");
      const patch = c.req.valid("json");
      if (patch.url) checkUrl(patch.url);
      const row = await store.updateWebhook(c.var.db, orgCaller(c).orgId, id, patch);
      if (!row) throw notFoundHook(id);
      return c.json(present(row), 200);
    })
    .openapi(routes.deleteWebhook, async (c) => {
      const { id } = c.req.valid("param");
      if (!(await store.deleteWebhook(c.var.db, orgCaller(c).orgId, id))) throw notFoundHook(id);
      return c.body(null, 204);
    })
    .openapi(routes.rotateSecret, async (c) => {
      const { id } = c.req.valid("param");
      const row = await store.updateWebhook(c.var.db, orgCaller(c).orgId, id, {
        secret: newSecret(),
      });
      if (!row) throw notFoundHook(id);
      return c.json({ ...present(row), secret: row.secret }, 200);
    })
    .openapi(routes.listDeliveries, async (c) => {
      const { id } = c.req.valid("param");
      if (!(await store.getWebhook(c.var.db, orgCaller(c).orgId, id))) throw notFoundHook(id);
      const data = (await store.deliveryLog(c.var.db, id)).map(({ delivery: d, attempts }) => ({
        id: d.id,
        messageId: d.messageId,
        type: d.type,
        status: d.status,
        createdAt: d.createdAt,
        nextAttemptAt: d.status === "pending" ? d.nextAttemptAt : null,
        attempts: attempts.map((a) => ({
          at: a.at,
          responseStatus: a.responseStatus,
          durationMs: a.durationMs,
          error: a.error,
        })),
      }));
      return c.json({ data }, 200);
    })
    .openapi(routes.redeliver, async (c) => {
      const { id, deliveryId } = c.req.valid("param");
      if (!(await store.getWebhook(c.var.db, orgCaller(c).orgId, id))) throw notFoundHook(id);
      if (!(await store.redeliver(c.var.db, id, deliveryId, new Date().toISOString())))
        throw notFound("delivery", deliveryId);
      return c.body(null, 202);
    })
    .openapi(routes.recoverDeliveries, async (c) => {
      const { id } = c.req.valid("param");
      if (!(await store.getWebhook(c.var.db, orgCaller(c).orgId, id))) throw notFoundHook(id);
      const since = new Date(c.req.valid("json").since).toISOString();
      return c.json(
        { recovered: await recoverFailed(c.var.db, id, since, new Date().toISOString()) },
        202,
      );
    });
}

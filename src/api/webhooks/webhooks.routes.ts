import { createRoute, z } from "@hono/zod-openapi";
import { DELIVERY_STATUSES } from "../../store/constants.js";
import { EVENT_TYPES } from "../../webhooks/events.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";

const common = {
  tags: ["Webhooks"],
  security: [{ bearer: [] }],
  middleware: [requireRole("admin"), idempotency()],
};
const IdParam = z.object({ id: z.string().max(64) });

const Webhook = z
  .object({
    id: z.string().openapi({ example: "whk_01K…" }),
    url: z.string(),
    events: z.array(z.enum(EVENT_TYPES)),
    description: z.string().nullable(),
    enabled: z.boolean(),
    failingSince: z.string().nullable().openapi({
      description:
        "When deliveries began failing without a success since; disabled after 5 days of it",
    }),
    disabledReason: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Webhook");
const WithSecret = Webhook.extend({
  secret: z.string().openapi({ description: "whsec_…; shown once" }),
}).openapi("WebhookWithSecret");

const url = z.string().max(2048);
const events = z
  .array(z.enum(EVENT_TYPES))
  .min(1)
  .refine((e) => new Set(e).size === e.length, "lists an event twice");

export const createWebhook = createRoute({
  ...common,
  method: "post",
  path: "/v1/webhooks",
  summary: "Register a webhook (its secret is shown once)",
  request: {
    body: {
      required: true,
      content: json(z.object({ url, events, description: z.string().max(500).optional() })),
    },
  },
  responses: {
    201: { description: "Registered", content: json(WithSecret) },
    ...problems(400, 401, 403, 422),
  },
});
export const listWebhooks = createRoute({
  ...common,
  method: "get",
  path: "/v1/webhooks",
  summary: "The organisation's webhooks",
  responses: {
    200: {
      description: "Webhooks (without secrets)",
      content: json(z.object({ data: z.array(Webhook) })),
    },
    ...problems(401, 403),
  },
});
export const getWebhook = createRoute({
  ...common,
  method: "get",
  path: "/v1/webhooks/{id}",
  summary: "A webhook",
  request: { params: IdParam },
  responses: {
    200: { description: "The webhook", content: json(Webhook) },
    ...problems(401, 403, 404),
  },
});
export const patchWebhook = createRoute({
  ...common,
  method: "patch",
  path: "/v1/webhooks/{id}",
  summary: "Change url, events or enabled",
  request: {
    params: IdParam,
    body: {
      required: true,
      content: json(
        z.object({
          url: url.optional(),
          events: events.optional(),
          enabled: z.boolean().optional(),
          description: z.string().max(500).nullable().optional(),
        }),
      ),
    },
  },
  responses: {
    200: { description: "The webhook", content: json(Webhook) },
    ...problems(400, 401, 403, 404, 422),
  },
});
export const deleteWebhook = createRoute({
  ...common,
  method: "delete",
  path: "/v1/webhooks/{id}",
  summary: "Remove a webhook",
  request: { params: IdParam },
  responses: { 204: { description: "Removed" }, ...problems(401, 403, 404) },
});
export const rotateSecret = createRoute({
  ...common,
  method: "post",
  path: "/v1/webhooks/{id}/rotate-secret",
  summary: "Replace the signing secret (shown once)",
  request: { params: IdParam },
  responses: {
    200: { description: "The webhook with its new secret", content: json(WithSecret) },
    ...problems(401, 403, 404),
  },
});

const Attempt = z.object({
  at: z.string(),
  responseStatus: z.number().nullable(),
  durationMs: z.number(),
  error: z.string().nullable(),
});
const Delivery = z
  .object({
    id: z.string(),
    messageId: z.string(),
    type: z.string(),
    status: z.enum(DELIVERY_STATUSES),
    attempts: z.array(Attempt),
    nextAttemptAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi("Delivery");

export const listDeliveries = createRoute({
  ...common,
  method: "get",
  path: "/v1/webhooks/{id}/deliveries",
  summary: "Deliveries with every attempt",
  request: { params: IdParam },
  responses: {
    200: {
      description: "The latest 100 deliveries, oldest first",
      content: json(z.object({ data: z.array(Delivery) })),
    },
    ...problems(401, 403, 404),
  },
});
export const redeliver = createRoute({
  ...common,
  method: "post",
  path: "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver",
  summary: "Send a delivery again now",
  request: { params: IdParam.extend({ deliveryId: z.string().max(64) }) },
  responses: { 202: { description: "Queued" }, ...problems(401, 403, 404) },
});

export const recoverDeliveries = createRoute({
  ...common,
  method: "post",
  path: "/v1/webhooks/{id}/recover",
  summary: "Send again every delivery that failed since a time (after an endpoint's long outage)",
  request: {
    params: IdParam,
    body: {
      required: true,
      content: json(
        z.object({
          since: z.iso.datetime({ offset: true }).openapi({ example: "2025-08-20T00:00:00Z" }),
        }),
      ),
    },
  },
  responses: {
    202: { description: "Queued", content: json(z.object({ recovered: z.number().int() })) },
    ...problems(400, 401, 403, 404, 422),
  },
});

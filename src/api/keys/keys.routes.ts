import { createRoute, z } from "@hono/zod-openapi";
import { ApiKey, CreatedApiKey, Role } from "../../contracts/resources.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";
import { PageQuery, pageOf } from "../pagination.js";

const admin = {
  middleware: [requireRole("admin"), idempotency()],
  security: [{ bearer: [] }],
  tags: ["Keys"],
};

export const createKey = createRoute({
  ...admin,
  method: "post",
  path: "/v1/keys",
  summary: "Create an API key in the caller's organisation",
  request: {
    body: {
      required: true,
      content: json(z.object({ name: z.string().trim().min(1).max(200), role: Role })),
    },
  },
  responses: {
    201: { description: "Created; the key is shown once", content: json(CreatedApiKey) },
    ...problems(400, 401, 403, 422),
  },
});

export const listKeys = createRoute({
  ...admin,
  method: "get",
  path: "/v1/keys",
  summary: "List the organisation's active keys",
  request: { query: z.object(PageQuery) },
  responses: {
    200: {
      description: "A page of keys (never the keys themselves)",
      content: json(pageOf(ApiKey)),
    },
    ...problems(400, 401, 403, 422),
  },
});

export const revokeKey = createRoute({
  ...admin,
  method: "delete",
  path: "/v1/keys/{id}",
  summary: "Revoke a key at once",
  request: { params: z.object({ id: z.string().max(64) }) },
  responses: { 204: { description: "Revoked" }, ...problems(401, 403, 404) },
});

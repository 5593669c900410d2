import { OpenAPIHono } from "@hono/zod-openapi";
import { page } from "../../store/cursor.js";
import * as store from "../../store/organizations.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf } from "../pagination.js";
import { validationHook } from "../validation.js";
import { createKey, listKeys, revokeKey } from "./keys.routes.js";

export const keyRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(createKey, async (c) => {
    const { name, role } = c.req.valid("json");
    const key = await store.createKey(c.var.db, orgCaller(c).orgId, name, role);
    return c.json(
      { id: key.id, name: key.name, role: key.role, createdAt: key.createdAt, key: key.key },
      201,
    );
  })
  .openapi(listKeys, async (c) => {
    const { limit, cursor } = c.req.valid("query");
    const rows = await store.listKeys(c.var.db, orgCaller(c).orgId, cursorOf(cursor), limit);
    const { data, nextCursor } = page(rows, limit);
    return c.json({ data: data.map(({ revokedAt: _r, ...k }) => k), nextCursor }, 200);
  })
  .openapi(revokeKey, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await store.revokeKey(c.var.db, orgCaller(c).orgId, id))) throw notFound("key", id);
    c.var.callerCache?.forgetKey(id);
    return c.body(null, 204);
  });

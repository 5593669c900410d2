import { OpenAPIHono } from "@hono/zod-openapi";
import * as store from "../../store/claims.js";
import { page } from "../../store/cursor.js";
import type { AppEnv } from "../env.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf } from "../pagination.js";
import { Problem } from "../problem.js";
import { validationHook } from "../validation.js";
import { getClaim, listClaims } from "./claims.routes.js";

export const claimRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listClaims, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid("query");
    return c.json(page(await store.listClaims(c.var.db, orgCaller(c).orgId, filters, cursorOf(cursor), limit), limit), 200);
  })
  .openapi(getClaim, async (c) => {
    const { id } = c.req.valid("param");
    const claim = await store.getClaim(c.var.db, orgCaller(c).orgId, id);
    if (!claim) throw new Problem(404, "Not found", `No claim ${id}.`);
    return c.json(claim, 200, { etag: `"${claim.version}"` });
  });

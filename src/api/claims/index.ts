import { OpenAPIHono } from "@hono/zod-openapi";
import * as store from "../../store/claims.js";
import { page, pageByScore } from "../../store/cursor.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf, scoreCursorOf } from "../pagination.js";
import { validationHook } from "../validation.js";
import { getClaim, listClaims } from "./claims.routes.js";

export const claimRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(listClaims, async (c) => {
    const { limit, cursor, sort, ...filters } = c.req.valid("query");
    const { orgId } = orgCaller(c);
    if (sort === "-checkworthiness") {
      const rows = await store.listClaims(
        c.var.db,
        orgId,
        filters,
        { by: "checkworthiness", cursor: scoreCursorOf(cursor) },
        limit,
      );
      return c.json(pageByScore(rows, limit), 200);
    }
    return c.json(
      page(
        await store.listClaims(
          c.var.db,
          orgId,
          filters,
          { by: "created", cursor: cursorOf(cursor) },
          limit,
        ),
        limit,
      ),
      200,
    );
  })
  .openapi(getClaim, async (c) => {
    const { id } = c.req.valid("param");
    const claim = await store.getClaim(c.var.db, orgCaller(c).orgId, id);
    if (!claim) throw notFound("claim", id);
    return c.json(claim, 200, { etag: `"${claim.version}"` });
  });

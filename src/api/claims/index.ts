import { OpenAPIHono } from "@hono/zod-openapi";
import { searchTerms } from "../../match/search.js";
import * as store from "../../store/claims.js";
import { page, pageByScore } from "../../store/cursor.js";
import { searchFactchecks } from "../../store/factchecks.js";
import { matchesOf } from "../../store/relations.js";
import type { AppEnv } from "../env.js";
import { notFound } from "../errors/index.js";
import { present } from "../factchecks/present.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf, scoreCursorOf } from "../pagination.js";
import { validationHook } from "../validation.js";
import { claimMatches, getClaim, listClaims } from "./claims.routes.js";

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
  })
  .openapi(claimMatches, async (c) => {
    const { id } = c.req.valid("param");
    const { orgId } = orgCaller(c);
    const claim = await store.getClaim(c.var.db, orgId, id);
    if (!claim) throw notFound("claim", id);
    const factchecks = await searchFactchecks(c.var.db, orgId, searchTerms(claim.text), 5);
    return c.json(
      {
        factchecks: factchecks.map(({ row, score }) => ({
          factcheck: present(row),
          score: Number(score.toFixed(4)),
        })),
        claims: (await matchesOf(c.var.db, orgId, id)).map((m) => ({
          ...m,
          score: Number(m.score.toFixed(3)),
        })),
      },
      200,
    );
  });

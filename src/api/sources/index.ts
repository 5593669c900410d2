import { OpenAPIHono } from "@hono/zod-openapi";
import { getClaim } from "../../store/claims.js";
import * as store from "../../store/workflow.js";
import { checkFigures, type QuantityCheck } from "../../verify/figure-check.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { validationHook } from "../validation.js";
import { addSource, listSources, removeSource } from "./sources.routes.js";

const present = ({ orgId: _o, ...s }: store.SourceRow) => ({
  ...s,
  quantityCheck: s.quantityCheck as QuantityCheck,
});

export const sourceRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(addSource, async (c) => {
    const caller = orgCaller(c);
    const { id } = c.req.valid("param");
    const claim = await getClaim(c.var.db, caller.orgId, id);
    if (!claim) throw notFound("claim", id);
    const input = c.req.valid("json");
    const check = checkFigures(claim, input.excerpt ?? null);
    const row = await store.addSource(
      c.var.db,
      caller.orgId,
      id,
      caller,
      {
        url: input.url,
        title: input.title ?? null,
        publisher: input.publisher ?? null,
        publishedAt: input.publishedAt ?? null,
        excerpt: input.excerpt ?? null,
        stance: input.stance,
      },
      check,
    );
    return c.json(present(row), 201, { location: `/v1/claims/${id}/sources/${row.id}` });
  })
  .openapi(listSources, async (c) => {
    const { orgId } = orgCaller(c);
    const { id } = c.req.valid("param");
    if (!(await getClaim(c.var.db, orgId, id))) throw notFound("claim", id);
    return c.json({ data: (await store.listSources(c.var.db, orgId, id)).map(present) }, 200);
  })
  .openapi(removeSource, async (c) => {
    const caller = orgCaller(c);
    const { id, sourceId } = c.req.valid("param");
    if (!(await store.removeSource(c.var.db, caller.orgId, id, sourceId, caller)))
      throw new Problem("not_found", `No source ${sourceId} on claim ${id}.`);
    return c.body(null, 204);
  });

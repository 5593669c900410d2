import { OpenAPIHono } from "@hono/zod-openapi";
import { ClaimReviewInput } from "../../contracts/claimreview.js";
import { issuesOf } from "../../contracts/extract.js";
import { searchTerms } from "../../match/search.js";
import { page } from "../../store/cursor.js";
import * as store from "../../store/factchecks.js";
import { factcheckFields } from "../../verify/factcheck.js";
import type { AppEnv } from "../env.js";
import { type FieldIssue, notFound } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf } from "../pagination.js";
import { validationHook } from "../validation.js";
import * as routes from "./factchecks.routes.js";
import { present } from "./present.js";

const DAY_MS = 86_400_000;

/** Each line of an NDJSON body read as a ClaimReview, or the reasons it is not one. */
function readLines(body: string) {
  const good: ReturnType<typeof factcheckFields>[] = [];
  const errors: { line: number; errors: FieldIssue[] }[] = [];
  body.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      errors.push({ line: i + 1, errors: [{ path: "", message: "is not JSON" }] });
      return;
    }
    const parsed = ClaimReviewInput.safeParse(value);
    if (parsed.success) good.push(factcheckFields(parsed.data));
    else errors.push({ line: i + 1, errors: issuesOf(parsed.error) });
  });
  return { good, errors };
}

export const factcheckRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(routes.createFactcheck, async (c) => {
    const { row, created } = await store.saveFactcheck(
      c.var.db,
      orgCaller(c).orgId,
      factcheckFields(c.req.valid("json")),
    );
    if (created) return c.json(present(row), 201, { location: `/v1/factchecks/${row.id}` });
    return c.json(present(row), 200);
  })
  .openapi(routes.importFactchecks, async (c) => {
    const { good, errors } = readLines(await c.req.text());
    const { imported, updated } = await store.saveFactchecks(c.var.db, orgCaller(c).orgId, good);
    return c.json({ imported, updated, errors }, 200);
  })
  .openapi(routes.listFactchecks, async (c) => {
    const { limit, cursor, publisher, maxAgeDays } = c.req.valid("query");
    const publishedSince = maxAgeDays
      ? new Date(Date.now() - maxAgeDays * DAY_MS).toISOString().slice(0, 10)
      : undefined;
    const rows = await store.listFactchecks(
      c.var.db,
      orgCaller(c).orgId,
      { publisher, publishedSince },
      cursorOf(cursor),
      limit,
    );
    const { data, nextCursor } = page(rows, limit);
    return c.json({ data: data.map(present), nextCursor }, 200);
  })
  .openapi(routes.getFactcheck, async (c) => {
    const { id } = c.req.valid("param");
    const row = await store.getFactcheck(c.var.db, orgCaller(c).orgId, id);
    if (!row) throw notFound("fact-check", id);
    return c.json(present(row), 200);
  })
  .openapi(routes.deleteFactcheck, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await store.deleteFactcheck(c.var.db, orgCaller(c).orgId, id)))
      throw notFound("fact-check", id);
    return c.body(null, 204);
  })
  .openapi(routes.searchFactchecks, async (c) => {
    const { text, limit } = c.req.valid("json");
    const found = await store.searchFactchecks(
      c.var.db,
      orgCaller(c).orgId,
      searchTerms(text),
      limit,
    );
    return c.json(
      {
        data: found.map(({ row, score }) => ({
          factcheck: present(row),
          score: Number(score.toFixed(4)),
        })),
      },
      200,
    );
  });

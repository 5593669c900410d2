// GET /app: the queue, one API page of claims by check-worthiness, and which of them conflict.
import { Hono } from "hono";
import type { WebEnv } from "../env.js";
import { render, viewerOf } from "../layout.js";
import { QUEUE_FILTERS, type QueueFilters, QueuePage } from "../pages/queue.js";
import type { Claim, PageOf } from "../types.js";

export const QUEUE_PAGE_SIZE = 50;

export const queuePage = new Hono<WebEnv>().get("/", async (c) => {
  const filters: QueueFilters = {};
  for (const name of QUEUE_FILTERS) {
    const v = c.req.query(name)?.trim();
    if (v) filters[name] = v;
  }
  const query = {
    ...filters,
    sort: "-checkworthiness",
    limit: String(QUEUE_PAGE_SIZE),
    cursor: c.req.query("cursor"),
  };
  const [page, conflicts] = await Promise.all([
    c.var.api.get<PageOf<Claim>>("/v1/claims", query),
    // The conflicting claims are a subsequence of the same order: from the same cursor, a page of them
    // holds every conflicting claim of this page.
    c.var.api.get<PageOf<Claim>>("/v1/claims", { ...query, conflicting: "true" }),
  ]);
  const viewer = viewerOf(c);
  if (!page.ok)
    return render(
      c,
      QueuePage({
        viewer,
        filters,
        claims: [],
        conflicting: new Set(),
        next: null,
        problem: page.problem,
      }),
      page.status === 422 ? 422 : 200,
    );
  return render(
    c,
    QueuePage({
      viewer,
      filters,
      claims: page.data.data,
      conflicting: new Set(conflicts.ok ? conflicts.data.data.map((x) => x.id) : []),
      next: page.data.nextCursor,
    }),
  );
});

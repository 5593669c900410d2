import { OpenAPIHono } from "@hono/zod-openapi";
import { extractClaims } from "../../extract/index.js";
import * as store from "../../store/articles.js";
import { page } from "../../store/cursor.js";
import type { AppEnv } from "../env.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf } from "../pagination.js";
import { Problem } from "../problem.js";
import { validationHook } from "../validation.js";
import { deleteArticle, getArticle, ingestArticle, listArticles } from "./articles.routes.js";

const notFound = (id: string) => new Problem(404, "Not found", `No article ${id}.`);

export const articleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(ingestArticle, async (c) => {
    const { orgId } = orgCaller(c);
    const input = c.req.valid("json");
    if (input.externalId) {
      const existing = await store.findByExternalId(c.var.db, orgId, input.externalId);
      if (existing) return c.json((await store.getArticle(c.var.db, orgId, existing.id))!, 200);
    }
    const extraction = extractClaims({ text: input.text, publishedAt: input.publishedAt, title: input.title, url: input.url });
    const article = await store.ingestArticle(c.var.db, orgId, input, extraction);
    return c.json(article, 201, { location: `/v1/articles/${article.id}` });
  })
  .openapi(listArticles, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid("query");
    return c.json(page(await store.listArticles(c.var.db, orgCaller(c).orgId, filters, cursorOf(cursor), limit), limit), 200);
  })
  .openapi(getArticle, async (c) => {
    const { id } = c.req.valid("param");
    const article = await store.getArticle(c.var.db, orgCaller(c).orgId, id);
    if (!article) throw notFound(id);
    return c.json(article, 200);
  })
  .openapi(deleteArticle, async (c) => {
    const { id } = c.req.valid("param");
    if (!(await store.deleteArticle(c.var.db, orgCaller(c).orgId, id))) throw notFound(id);
    return c.body(null, 204);
  });

import { OpenAPIHono } from "@hono/zod-openapi";
import { isIsoDate } from "../../contracts/extract.js";
import { HtmlTooComplex } from "../../extract/index.js";
import * as store from "../../store/articles.js";
import { page } from "../../store/cursor.js";
import type { AppEnv } from "../env.js";
import { invalid, notFound as missing } from "../errors/index.js";
import { budgetProblem } from "../extract/index.js";
import { orgCaller } from "../middleware/auth.js";
import { cursorOf } from "../pagination.js";

const notFound = (id: string) => missing("article", id);

import { validationHook } from "../validation.js";
import { deleteArticle, getArticle, ingestArticle, listArticles } from "./articles.routes.js";

const tooComplex = (e: unknown): never => {
  if (e instanceof HtmlTooComplex) throw invalid("html", e.message);
  throw e;
};

export const articleRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(ingestArticle, async (c) => {
    const { orgId } = orgCaller(c);
    const input = c.req.valid("json");
    if (input.externalId) {
      const existing = await store.findByExternalId(c.var.db, orgId, input.externalId);
      if (existing) return c.json((await store.getArticle(c.var.db, orgId, existing.id))!, 200);
    }
    const page =
      input.html !== undefined
        ? await c.var.extractor.page(input.html).catch(budgetProblem("html")).catch(tooComplex)
        : null;
    const text = page ? page.text : input.text!;
    const publishedAt =
      input.publishedAt ??
      (page?.publishedAt && isIsoDate(page.publishedAt) ? page.publishedAt : undefined);
    if (!publishedAt)
      throw invalid(
        "publishedAt",
        page ? "is required: the page's metadata gives no publication date" : "is required",
      );
    if (!text.trim()) throw invalid("html", "holds no story text");
    const title = input.title ?? page?.title ?? null;
    const extraction = await c.var.extractor
      .claims({ text, publishedAt, title, url: input.url })
      .catch(budgetProblem(input.html ? "html" : "text"));
    const result = await store.ingestArticle(
      c.var.db,
      orgId,
      { ...input, text, publishedAt, title },
      extraction,
    );
    if (result.created)
      return c.json(result.article, 201, { location: `/v1/articles/${result.article.id}` });
    // Another request with this externalId stored its article first.
    const existing = await store.findByExternalId(c.var.db, orgId, input.externalId!);
    return c.json((await store.getArticle(c.var.db, orgId, existing!.id))!, 200);
  })
  .openapi(listArticles, async (c) => {
    const { limit, cursor, ...filters } = c.req.valid("query");
    return c.json(
      page(
        await store.listArticles(c.var.db, orgCaller(c).orgId, filters, cursorOf(cursor), limit),
        limit,
      ),
      200,
    );
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

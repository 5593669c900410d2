import { createRoute, z } from "@hono/zod-openapi";
import { isoDate } from "../../contracts/extract.js";
import { Article, ArticleWithClaims, IngestArticle } from "../../contracts/resources.js";
import { WRITER_ROLES } from "../../store/constants.js";
import { problems } from "../errors/index.js";
import { requireRole } from "../middleware/auth.js";
import { idempotency } from "../middleware/idempotency.js";
import { json } from "../openapi.js";
import { PageQuery, pageOf } from "../pagination.js";

const common = { tags: ["Articles"], security: [{ bearer: [] }] };
const IdParam = z.object({ id: z.string().max(64) });

export const ingestArticle = createRoute({
  ...common,
  method: "post",
  path: "/v1/articles",
  middleware: [requireRole(...WRITER_ROLES), idempotency()],
  summary: "Ingest an article: store it with the claims extracted from it",
  request: { body: { required: true, content: json(IngestArticle) } },
  responses: {
    201: { description: "Stored with its claims", content: json(ArticleWithClaims) },
    200: {
      description: "An article with this externalId was already stored; here it is",
      content: json(ArticleWithClaims),
    },
    ...problems(400, 401, 403, 413, 415, 422),
  },
});

export const listArticles = createRoute({
  ...common,
  method: "get",
  path: "/v1/articles",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "List articles",
  request: {
    query: z.object({
      ...PageQuery,
      publishedAfter: isoDate.optional(),
      publishedBefore: isoDate.optional(),
      url: z.string().max(2048).optional(),
    }),
  },
  responses: {
    200: { description: "A page of articles (without claims)", content: json(pageOf(Article)) },
    ...problems(400, 401, 403, 422),
  },
});

export const getArticle = createRoute({
  ...common,
  method: "get",
  path: "/v1/articles/{id}",
  middleware: [requireRole("admin", "editor", "viewer")],
  summary: "An article with its claims",
  request: { params: IdParam },
  responses: {
    200: { description: "The article", content: json(ArticleWithClaims) },
    ...problems(401, 403, 404),
  },
});

export const deleteArticle = createRoute({
  ...common,
  method: "delete",
  path: "/v1/articles/{id}",
  middleware: [requireRole("admin")],
  summary: "Delete an article and its claims",
  request: { params: IdParam },
  responses: { 204: { description: "Deleted" }, ...problems(401, 403, 404) },
});

// Articles on the desk: the list with the ingest form, ingesting, and one article with its claims marked.
import { Hono } from "hono";
import type { ApiResult } from "../api.js";
import type { WebEnv } from "../env.js";
import { filled, formFields, pageStatus } from "../forms.js";
import { render, viewerOf } from "../layout.js";
import { runsOf } from "../marks.js";
import { ArticlePage } from "../pages/article.js";
import { ArticlesPage, type IngestForm } from "../pages/articles.js";
import type { ArticleData, Claim, PageOf } from "../types.js";

const INGEST_FIELDS = ["text", "html", "publishedAt", "url", "title", "outlet", "author"] as const;

export const articlePages = new Hono<WebEnv>()
  .get("/articles", async (c) => {
    const list = await c.var.api.get<PageOf<ArticleData>>("/v1/articles", {
      cursor: c.req.query("cursor"),
    });
    return render(
      c,
      ArticlesPage({
        viewer: viewerOf(c),
        articles: list.ok ? list.data.data : [],
        next: list.ok ? list.data.nextCursor : null,
        problem: list.ok ? null : list.problem,
      }),
    );
  })
  .post("/articles", async (c) => {
    const form: IngestForm = filled(await formFields(c), INGEST_FIELDS);
    const res: ApiResult<ArticleData> = await c.var.api.send("POST", "/v1/articles", form);
    if (res.ok) return c.redirect(`/app/articles/${res.data.id}`, 303);
    const list = await c.var.api.get<PageOf<ArticleData>>("/v1/articles");
    return render(
      c,
      ArticlesPage({
        viewer: viewerOf(c),
        articles: list.ok ? list.data.data : [],
        next: list.ok ? list.data.nextCursor : null,
        form,
        problem: res.problem,
      }),
      pageStatus(res.status),
    );
  })
  .get("/articles/:id", async (c) => {
    const id = c.req.param("id");
    const [article, conflicts] = await Promise.all([
      c.var.api.get<ArticleData & { claims: Claim[] }>(`/v1/articles/${encodeURIComponent(id)}`),
      c.var.api.get<PageOf<Claim>>("/v1/claims", {
        articleId: id,
        conflicting: "true",
        limit: "100",
      }),
    ]);
    if (!article.ok) return c.notFound();
    const a = article.data;
    // Furniture is not stored: the extractor is pure, so reading the same text again finds the same.
    const extraction = await c.var.extractor.claims({
      text: a.text,
      publishedAt: a.publishedAt,
      title: a.title,
      url: a.url,
    });
    const furniture = extraction.ignored.filter((i) => i.reason === "furniture").map((i) => i.span);
    return render(
      c,
      ArticlePage({
        viewer: viewerOf(c),
        article: a,
        claims: a.claims,
        runs: runsOf(a.text, a.claims, furniture),
        conflicting: new Set(conflicts.ok ? conflicts.data.data.map((x) => x.id) : []),
      }),
    );
  });

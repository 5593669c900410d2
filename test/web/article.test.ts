// An article on the desk: every claim's span marked at its offsets, furniture greyed, badges; ingesting
// from a form as text or as pasted HTML.
import { beforeEach, describe, expect, it } from "vitest";
import { runsOf } from "../../src/web/marks.js";
import { deskUser } from "../helpers/desk.js";
import {
  falseReview,
  ingest,
  organization,
  type Service,
  STORY,
  service,
} from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

const decodeHtml = (t: string) =>
  t
    .replace(/<[^>]+>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
const marks = (html: string) =>
  new Map(
    [...html.matchAll(/<mark data-claim-id="(clm_\w+)"[^>]*>([\s\S]*?)<\/mark>/g)].map((m) => [
      m[1]!,
      decodeHtml(m[2]!),
    ]),
  );

describe("the article page", () => {
  it("marks each claim around exactly its span's text, coloured by status, and greys the furniture", async () => {
    const { body } = await ingest(s, org.editor);
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/articles/${body.id}`);
    expect(page.status).toBe(200);
    const found = marks(page.html);
    expect(found.size).toBe(body.claims.length);
    for (const c of body.claims)
      expect(found.get(c.id)).toBe(STORY.slice(c.span.start, c.span.end));
    expect(page.html).toMatch(/<mark data-claim-id="clm_\w+" class="status-new"/);
    expect(page.html).toMatch(/<span class="furniture"[^>]*>Subscribe to our newsletter/);
    // a viewer reads; the ingest form is for those who may write
    expect(page.html).not.toContain('action="/app/articles"');
  });

  it("offers an editor the ingest form below the article", async () => {
    const { body } = await ingest(s, org.editor);
    const user = deskUser(s);
    await user.signIn(org.editor);
    const page = await user.get(`/app/articles/${body.id}`);
    expect(page.html).toMatch(/<form[^>]*method="post" action="\/app\/articles">/);
    expect(page.html).toContain('name="html"');
  });

  it("escapes the article's text: markup in a story is shown, never run", async () => {
    const res = await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: {
        text: 'Sales rose 5% in 2023 <script>alert("x")</script> said Acme.',
        publishedAt: "2024-01-05",
      },
    });
    const { id } = (await res.json()) as any;
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/articles/${id}`);
    expect(page.html).not.toContain('<script>alert("x")');
    expect(page.html).toContain("&lt;script&gt;");
  });

  it("badges a claim previously checked", async () => {
    await s.call("POST", "/v1/factchecks", {
      key: org.editor,
      body: falseReview(
        "https://checks.example/calder-loss",
        "Calder reported a net loss of £112m for the fiscal year ended March 31, 2024",
      ),
    });
    const { body } = await ingest(s, org.editor);
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/articles/${body.id}`);
    expect(page.html).toContain("previously checked: False");
  });

  it("ingests from the form, as text or as the page's HTML, and opens the new article", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    await user.get("/app/articles");
    const text = await user.post("/app/articles", {
      text: STORY,
      publishedAt: "2024-08-20",
      title: "Steel",
    });
    expect(text.status).toBe(303);
    expect(text.location).toMatch(/^\/app\/articles\/art_\w+$/);
    const page = await user.get(text.location!);
    expect(page.html).toContain("<title>Steel · Factdesk</title>");
    expect(marks(page.html).size).toBeGreaterThan(2);

    const html = `<html><head><title>Port strike</title><meta property="article:published_time" content="2024-05-02"></head>
      <body><article><p>Dock workers at Felixstowe began a strike on Monday after pay talks failed.</p>
      <p>The port handles 48% of Britain's container trade.</p></article></body></html>`;
    const fromHtml = await user.post("/app/articles", { html });
    expect(fromHtml.status).toBe(303);
    const article = await user.get(fromHtml.location!);
    expect(article.html).toContain("48% of Britain");
  });

  it("keeps the form's values and names the field when ingest is refused", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    await user.get("/app/articles");
    const res = await user.post("/app/articles", {
      text: "Output rose 5% in 2023.",
      title: "No date",
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain("publishedAt");
    expect(res.html).toContain('value="No date"');
    expect(res.html).toContain("Output rose 5% in 2023.");
  });

  it("shows a viewer no ingest form, and the API refuses a viewer's forged ingest", async () => {
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get("/app/articles");
    expect(page.html).not.toContain('action="/app/articles"');
    const forged = await user.post("/app/articles", {
      text: "Output rose 5% in 2023.",
      publishedAt: "2024-01-02",
    });
    expect(forged.status).toBe(403);
    const list = (await (await s.call("GET", "/v1/articles", { key: org.admin })).json()) as any;
    expect(list.data).toEqual([]);
  });

  it("answers a foreign or unknown article with 404", async () => {
    const other = await organization(s, "Elsewhere");
    const { body } = await ingest(s, other.editor);
    const user = deskUser(s);
    await user.signIn(org.editor);
    expect((await user.get(`/app/articles/${body.id}`)).status).toBe(404);
  });
});

describe("runsOf", () => {
  it("cuts text into plain runs, claim marks and furniture, leaving an overlapping span unmarked", () => {
    const text = "Read more. Sales rose 5%. Costs fell 2%.";
    const runs = runsOf(
      text,
      [
        { id: "b", span: { start: 26, end: 40 } },
        { id: "a", span: { start: 11, end: 25 } },
        { id: "overlap", span: { start: 20, end: 30 } },
      ],
      [{ start: 0, end: 10 }],
    );
    expect(runs).toEqual([
      { kind: "furniture", text: "Read more." },
      { kind: "text", text: " " },
      { kind: "claim", id: "a", text: "Sales rose 5%." },
      { kind: "text", text: " " },
      { kind: "claim", id: "b", text: "Costs fell 2%." },
    ]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
  });
});

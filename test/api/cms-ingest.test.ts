import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { organization, problem, type Service, service } from "../helpers/service.js";

const page = (name: string) =>
  readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8");
let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});
const post = (body: unknown, headers: Record<string, string> = {}) =>
  s.call("POST", "/v1/articles", { key: org.editor, body, headers });

describe("POST /v1/articles with html", () => {
  it("stores the story found in the page, titled and dated by its metadata", async () => {
    const res = await post({ html: page("schema.html"), url: "https://techwire.example/globex" });
    expect(res.status).toBe(201);
    const a = (await res.json()) as any;
    expect(a).toMatchObject({
      title: "Globex ships record 1.2 million units",
      publishedAt: "2024-11-05",
    });
    expect(a.text.startsWith("Shipments\nGlobex shipped 1.2 million units")).toBe(true);
    expect(a.claims).toHaveLength(4);
    for (const c of a.claims) expect(a.text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it("prefers what the request says over the page's metadata", async () => {
    const a = (await (
      await post({ html: page("semantic.html"), title: "Our title", publishedAt: "2025-08-19" })
    ).json()) as any;
    expect(a).toMatchObject({ title: "Our title", publishedAt: "2025-08-19" });
  });

  it("names what is missing: a date, a body, or one of text and html", async () => {
    expect(
      (await problem(await post({ html: "<p>Prices rose 3% in 2024.</p>" }), 422)).errors[0].path,
    ).toBe("publishedAt");
    expect(
      (await problem(await post({ html: "<nav>Home</nav>", publishedAt: "2025-01-01" }), 422))
        .errors[0].path,
    ).toBe("html");
    expect(
      (await problem(await post({ text: "a", html: "<p>b</p>", publishedAt: "2025-01-01" }), 422))
        .errors[0].path,
    ).toBe("text");
    expect((await problem(await post({ publishedAt: "2025-01-01" }), 422)).errors[0].path).toBe(
      "text",
    );
  });

  it("refuses a page nested deeper than browsers nest, or with more elements than any page, naming the limit", async () => {
    const deep = await problem(
      await post({
        html: `${"<b>".repeat(50_000)}Nvidia made $1 billion.`,
        publishedAt: "2025-08-20",
      }),
      422,
    );
    expect(deep.errors).toEqual([{ path: "html", message: "nests elements more than 512 deep" }]);
    const wide = await problem(
      await post({ html: "<i></i>".repeat(100_001), publishedAt: "2025-08-20" }),
      422,
    );
    expect(wide.errors).toEqual([{ path: "html", message: "holds more than 100000 elements" }]);
    expect(
      ((await (await s.call("GET", "/v1/articles", { key: org.editor })).json()) as any).data,
    ).toEqual([]);
  });

  it("reads a page nested 500 deep", async () => {
    const res = await post({
      html: `${"<div>".repeat(500)}<p>Nvidia made $1 billion in 2024.</p>`,
      publishedAt: "2025-08-20",
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as any).claims[0].quantities[0].value).toBe(1e9);
  });
});

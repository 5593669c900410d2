// The desk in a real browser (Debian's Chromium, driven by playwright-core) against `npm start`: the whole
// job — sign in, ingest, triage, verify, publish — through the pages, with axe-core on every page.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import axe from "axe-core";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsroom, type Running, startServer } from "./server.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SHOTS = join(import.meta.dirname, "../../.screenshots");
const STORY = readFileSync(join(import.meta.dirname, "../fixtures/steel-merger.txt"), "utf8");

let run: Running;
let browser: Browser;
let keys: Awaited<ReturnType<typeof newsroom>>;
/** The story as ingested over the API before the scenarios: each scenario works on its own claim. */
let story: {
  id: string;
  text: string;
  claims: { id: string; text: string; span: { start: number; end: number } }[];
};
const claimWith = (words: string) =>
  `${run.base}/app/claims/${story.claims.find((c) => c.text.includes(words))!.id}`;

/** A fresh browser profile (its own cookies), signed in with a key. */
async function signedIn(key: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${run.base}/app`);
  expect(page.url()).toContain("/app/login");
  await page.getByLabel("API key").fill(key);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${run.base}/app`);
  return { context, page };
}

/** axe-core on the page as it stands: no serious or critical violation. */
async function accessible(page: Page) {
  await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async () => {
    const page = globalThis as unknown as { axe: typeof axe; document: never };
    const r = await page.axe.run(page.document);
    return r.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  expect(result, `${page.url()}`).toEqual([]);
}

/** The whole page, and its first screenful (what README shows). */
async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
}

describe.skipIf(!existsSync(CHROMIUM))("the desk in Chromium", () => {
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    run = await startServer();
    keys = await newsroom(run);
    const res = await fetch(`${run.base}/v1/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${keys.editor}`, "content-type": "application/json" },
      body: JSON.stringify({
        text: STORY,
        publishedAt: "2024-08-20",
        title: "Northgate to buy Calder",
        outlet: "Ashford Gazette",
      }),
    });
    story = (await res.json()) as typeof story;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await run?.stop();
  });

  it("refuses a wrong key on the sign-in page, and lets an editor in", async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${run.base}/app/login`);
    await accessible(page);
    await shot(page, "login");
    await page.getByLabel("API key").fill("fdk_wrong");
    const [res] = await Promise.all([
      page.waitForResponse(/\/app\/login/),
      page.getByRole("button", { name: "Sign in" }).click(),
    ]);
    expect(res.status()).toBe(401);
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("unknown or revoked");
    await context.close();
  });

  it("ingests an article from the form and marks each claim at its span", async () => {
    const { context, page } = await signedIn(keys.editor);
    await page.getByRole("link", { name: "Articles" }).click();
    await accessible(page);
    await shot(page, "articles");
    await page.getByLabel("Title", { exact: true }).fill("Northgate to buy Calder, again");
    await page.getByLabel("Outlet", { exact: true }).fill("Ashford Gazette");
    await page.getByLabel("Published (date)").fill("2024-08-20");
    await page.getByLabel("Text of the article").fill(STORY);
    await page.getByRole("button", { name: "Ingest" }).click();
    await page.waitForURL(/\/app\/articles\/art_/);
    const id = page.url().split("/").pop()!;
    const api = (await (
      await fetch(`${run.base}/v1/articles/${id}`, {
        headers: { authorization: `Bearer ${keys.viewer}` },
      })
    ).json()) as {
      text: string;
      claims: { id: string; span: { start: number; end: number } }[];
    };
    const marks = await page.$$eval("mark[data-claim-id]", (ms) =>
      ms.map((m) => [m.getAttribute("data-claim-id"), m.textContent]),
    );
    expect(marks.length).toBe(api.claims.length);
    for (const c of api.claims)
      expect(marks).toContainEqual([c.id, api.text.slice(c.span.start, c.span.end)]);
    expect(await page.locator(".furniture").first().textContent()).toContain(
      "Subscribe to our newsletter",
    );
    await accessible(page);
    await shot(page, "article");
    await context.close();
  });

  it("puts the most check-worthy claims at the top of the queue, the deal's price among them", async () => {
    const { context, page } = await signedIn(keys.editor);
    const rows = await page.locator("tbody tr td:nth-child(2) a").allTextContents();
    expect(rows.length).toBeGreaterThan(8);
    expect(rows.slice(0, 5).some((t) => t.includes("$4.6 billion"))).toBe(true);
    await page.getByLabel("Text", { exact: true }).fill("dividend");
    await page.getByRole("button", { name: "Filter" }).click();
    const filtered = await page.locator("tbody tr td:nth-child(2) a").allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    for (const t of filtered) expect(t).toMatch(/dividend/i);
    await page.goto(`${run.base}/app`);
    await accessible(page);
    await shot(page, "queue");
    await page
      .getByRole("link", { name: /\$4\.6 billion/ })
      .first()
      .click();
    expect(await page.locator("blockquote").first().textContent()).toContain("$4.6 billion");
    await context.close();
  });

  it("verifies a claim through the forms — source, review, verdict — and shows its ClaimReview", async () => {
    const { context, page } = await signedIn(keys.editor);
    await page.goto(claimWith("$4.6 billion"));
    await accessible(page);
    await page.getByLabel("URL", { exact: true }).fill("https://filings.example/northgate-8k");
    await page.getByLabel("Title", { exact: true }).fill("Northgate 8-K");
    await page
      .getByLabel(/Excerpt/)
      .fill("Northgate will pay $4.6 billion in cash for Calder Metals.");
    await page.getByRole("button", { name: "Add source" }).click();
    await expect
      .poll(() => page.locator("main").textContent())
      .toContain("claim $4.6 billion · source $4.6 billion · agree");
    await page.getByLabel("Status").selectOption("in_review");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Saved.");
    await page.getByLabel("Status").selectOption("resolved");
    await page.getByLabel(/Verdict/).selectOption("true");
    await page.getByLabel(/Review URL/).fill("https://checks.example/northgate-calder");
    await page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => page.locator("pre").textContent()).toContain('"@type": "ClaimReview"');
    expect(await page.locator("pre").textContent()).toContain(
      "https://checks.example/northgate-calder",
    );
    expect(await page.locator("ol").last().textContent()).toContain("in_review → resolved");
    await accessible(page);
    await shot(page, "claim");
    await context.close();
  });

  it("tells the second of two editors that the claim changed under them", async () => {
    const a = await signedIn(keys.editor);
    const b = await signedIn(keys.admin);
    const url = claimWith("27%");
    await a.page.goto(url);
    await b.page.goto(url);
    await a.page.getByLabel("Assignee").fill("ana");
    await a.page.getByRole("button", { name: "Save" }).click();
    await expect.poll(() => a.page.getByRole("status").textContent()).toContain("Saved.");
    await b.page.getByLabel("Note").fill("bo's note");
    await b.page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => b.page.getByRole("alert").first().textContent())
      .toMatch(/Not saved: editor desk changed this claim/);
    expect(await b.page.getByLabel("Assignee").inputValue()).toBe("ana");
    await accessible(b.page);
    await a.context.close();
    await b.context.close();
  });

  it("shows a viewer the claim without a single edit form", async () => {
    const { context, page } = await signedIn(keys.viewer);
    await page.goto(claimWith("$4.6 billion"));
    const actions = await page.$$eval("form[method=post]", (fs) =>
      fs.map((f) => f.getAttribute("action")),
    );
    expect(actions).toEqual(["/app/logout"]);
    await page.goto(`${run.base}/app/articles/${story.id}`);
    expect(await page.locator("mark[data-claim-id]").count()).toBe(story.claims.length);
    await context.close();
  });

  it("imports a file of fact-checks, finds one for a tweet, and signing out ends the session", async () => {
    const { context, page } = await signedIn(keys.editor);
    await page.getByRole("link", { name: "Fact-checks" }).click();
    const review = (n: number, claim: string) =>
      JSON.stringify({
        "@type": "ClaimReview",
        url: `https://checks.example/${n}`,
        claimReviewed: claim,
        reviewRating: { alternateName: "False" },
      });
    await page.getByLabel(/A file/).setInputFiles({
      name: "checks.ndjson",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(
        `${review(1, "Steel imports doubled last year")}\n${review(2, "Calder Metals paid no tax in 2023")}`,
      ),
    });
    await page.getByRole("button", { name: "Import" }).click();
    await expect
      .poll(() => page.getByRole("status").textContent())
      .toContain("Imported 2, updated 0");
    await page
      .getByLabel(/Has this been checked/)
      .fill("Did Calder Metals really pay no tax in 2023? #steel");
    await page.getByRole("button", { name: "Search" }).click();
    await expect.poll(() => page.locator("main").textContent()).toContain("Closest fact-checks");
    expect(await page.locator("main ol li").first().textContent()).toContain(
      "Calder Metals paid no tax in 2023",
    );
    await accessible(page);
    await shot(page, "factchecks");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/app\/login/);
    expect((await context.cookies()).filter((c) => c.name === "factdesk_session")).toEqual([]);
    await page.goto(`${run.base}/app`);
    expect(page.url()).toContain("/app/login");
    await context.close();
  });
});

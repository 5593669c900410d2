// A claim on the desk: what it says, its figures and period, sources with the figure check, the whole
// workflow through forms (If-Match from the form), a stale edit, history, ClaimReview; roles as the API's.
import { beforeEach, describe, expect, it } from "vitest";
import { deskUser } from "../helpers/desk.js";
import { ingest, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
let claim: any;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
  const { body } = await ingest(s, org.editor);
  claim = body.claims.find((c: any) => c.text.includes("$4.6 billion"));
});

const current = async () =>
  (await (await s.call("GET", `/v1/claims/${claim.id}`, { key: org.viewer })).json()) as any;
const forms = (html: string) => html.match(/<form[^>]*method="post"[\s\S]*?<\/form>/g) ?? [];

describe("the claim page", () => {
  it("shows the claim's figures, period with its basis, subject and claimant", async () => {
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/claims/${claim.id}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain(claim.text);
    expect(page.html).toContain("4,600,000,000");
    expect(page.html).toContain("USD");
    expect(page.html).toContain(claim.time.start);
    expect(page.html).toContain(claim.time.basis.replace(/_/g, " "));
    expect(page.html).toContain(`<dd>${claim.subject}</dd>`);
  });

  it("takes a claim from new to resolved through its forms, with a source, and shows its ClaimReview", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    let page = await user.get(`/app/claims/${claim.id}`);
    const version = () => /name="version" value="(\d+)"/.exec(page.html)![1]!;

    const added = await user.post(`/app/claims/${claim.id}/sources`, {
      url: "https://filings.example/northgate-8k",
      title: "Northgate 8-K",
      excerpt: "Northgate will pay $4.6 billion in cash for Calder Metals.",
      stance: "supports",
    });
    expect(added.status).toBe(303);
    page = await user.get(added.location!);
    expect(page.html).toContain("Northgate 8-K");
    expect(page.html).toMatch(/Figure check: <strong>match<\/strong>/);
    expect(page.html).toMatch(/claim \$4\.6 billion · source \$4\.6 billion · agree/);

    const review = await user.post(`/app/claims/${claim.id}`, {
      version: version(),
      status: "in_review",
      assignee: "ana",
    });
    expect(review.status).toBe(303);
    page = await user.get(review.location!);
    expect(page.html).toContain("Saved.");
    const resolved = await user.post(`/app/claims/${claim.id}`, {
      version: version(),
      status: "resolved",
      verdict: "mostly_true",
      reviewUrl: "https://checks.example/northgate-calder",
      explanation: "The filing gives the same price.",
    });
    expect(resolved.status).toBe(303);
    page = await user.get(resolved.location!);
    const now = await current();
    expect(now).toMatchObject({ status: "resolved", verdict: "mostly_true", assignee: "ana" });
    expect(page.html).toContain("&quot;@type&quot;: &quot;ClaimReview&quot;");
    expect(page.html).toContain("https://checks.example/northgate-calder");
    // the history names who acted, oldest first
    const history = page.html.slice(page.html.indexOf("<h2>History</h2>"));
    expect(history).toMatch(/editor key · claim\.updated[^<]*status: new → in_review/);
    expect(history.indexOf("in_review → resolved")).toBeGreaterThan(
      history.indexOf("new → in_review"),
    );
  });

  it("says why a change is refused and keeps what was typed", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    await user.get(`/app/claims/${claim.id}`);
    await user.post(`/app/claims/${claim.id}`, { version: "1", status: "in_review" });
    await user.get(`/app/claims/${claim.id}`);
    const res = await user.post(`/app/claims/${claim.id}`, {
      version: "2",
      status: "resolved",
      verdict: "false",
      note: "checked the filing",
    });
    expect(res.status).toBe(422);
    expect(res.html).toContain("needs at least one source");
    expect(res.html).toContain("checked the filing");
    expect((await current()).status).toBe("in_review");
  });

  it("tells a checker whose edit went stale who changed the claim, and shows its new state", async () => {
    const ana = deskUser(s);
    await ana.signIn(org.editor);
    const bo = deskUser(s);
    await bo.signIn(org.admin);
    await ana.get(`/app/claims/${claim.id}`);
    await bo.get(`/app/claims/${claim.id}`);
    expect(
      (await bo.post(`/app/claims/${claim.id}`, { version: "1", status: "dismissed" })).status,
    ).toBe(303);
    const stale = await ana.post(`/app/claims/${claim.id}`, {
      version: "1",
      status: "in_review",
      note: "mine",
    });
    expect(stale.status).toBe(409);
    expect(stale.html).toMatch(
      /Not saved: admin changed this claim<\/strong> at \d{4}-\d\d-\d\d \d\d:\d\d/,
    );
    expect(stale.html).toContain("note: mine");
    expect(stale.html).toMatch(/<option value="dismissed" selected="">/);
    expect(stale.html).toContain('name="version" value="2"');
    expect((await current()).status).toBe("dismissed");
  });

  it("shows a viewer no forms, and refuses a viewer's forged change", async () => {
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/claims/${claim.id}`);
    expect(forms(page.html).filter((f) => !f.includes("/app/logout"))).toEqual([]);
    const forged = await user.post(`/app/claims/${claim.id}`, {
      version: "1",
      status: "dismissed",
    });
    expect(forged.status).toBe(403);
    expect((await current()).status).toBe("new");
  });

  it("lists repeats and conflicts from other articles", async () => {
    await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: {
        text: "Globex earned $4.2 billion from Europe in the fiscal year ending March 2025.",
        publishedAt: "2025-06-01",
      },
    });
    const other = await s.call("POST", "/v1/articles", {
      key: org.editor,
      body: {
        text: "Globex made $3.1 billion from Europe in the fiscal year ended March 2025.",
        publishedAt: "2025-06-02",
      },
    });
    const [later] = ((await other.json()) as any).claims;
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get(`/app/claims/${later.id}`);
    expect(page.html).toMatch(/<span class="badge conflict">conflicts<\/span>/);
    expect(page.html).toContain("$3.1 billion vs $4.2 billion");
    expect(page.html).toContain("conflicting figure");
  });
});

describe("adding a source", () => {
  it("names the field that is wrong, beside the source form, and keeps what was typed", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    await user.get(`/app/claims/${claim.id}`);
    const res = await user.post(`/app/claims/${claim.id}/sources`, {
      url: "javascript:alert(1)",
      title: "A filing",
      stance: "supports",
    });
    expect(res.status).toBe(422);
    const section = res.html.slice(
      res.html.indexOf("<h2>Add a source</h2>"),
      res.html.indexOf("<h2>Verification</h2>"),
    );
    expect(section).toMatch(/<code>url<\/code>: must be an http\(s\) URL/);
    expect(section).toContain('value="A filing"');
    expect(
      (
        (await (
          await s.call("GET", `/v1/claims/${claim.id}/sources`, { key: org.viewer })
        ).json()) as any
      ).data,
    ).toEqual([]);
  });
});

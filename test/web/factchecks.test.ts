// Fact-checks on the desk: "has this been checked?", importing a file of ClaimReview (NDJSON or JSON-LD).
import { beforeEach, describe, expect, it } from "vitest";
import { deskUser } from "../helpers/desk.js";
import { falseReview, organization, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

const review = (n: number, claim: string) => falseReview(`https://checks.example/${n}`, claim);

/** Posts the import form as a browser does: multipart, with the file and the page's CSRF token. */
async function upload(
  user: ReturnType<typeof deskUser>,
  name: string,
  content: string,
  csrf: string,
) {
  const form = new FormData();
  form.set("_csrf", csrf);
  form.set("file", new File([content], name, { type: "application/octet-stream" }));
  const res = await s.app.request("/app/factchecks/import", {
    method: "POST",
    body: form,
    headers: { cookie: user.cookie },
  });
  return { status: res.status, html: await res.text() };
}

describe("the fact-checks page", () => {
  it("imports an NDJSON file, naming each bad line, and finds what it imported", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const page = await user.get("/app/factchecks");
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)![1]!;
    const ndjson = [
      JSON.stringify(review(1, "Drinking coffee cures the common cold")),
      "{not json",
      JSON.stringify(review(2, "The moon landing was filmed in a studio in Nevada")),
    ].join("\n");
    const res = await upload(user, "checks.ndjson", ndjson, csrf);
    expect(res.status).toBe(200);
    expect(res.html).toMatch(/Imported 2, updated 0/);
    expect(res.html).toMatch(/line 2:/);

    const found = await user.get("/app/factchecks?q=does%20coffee%20cure%20a%20cold%3F");
    expect(found.html).toContain("Closest fact-checks");
    const first = /<ol><li>([\s\S]*?)<\/li>/.exec(found.html)?.[1] ?? "";
    expect(first).toContain("Drinking coffee cures the common cold");
    expect(first).toContain("False");
  });

  it("imports a JSON-LD document: one object, or a list", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await user.get("/app/factchecks")).html)![1]!;
    const one = await upload(
      user,
      "one.json",
      JSON.stringify(review(3, "Bananas are radioactive enough to harm"), null, 2),
      csrf,
    );
    expect(one.html).toMatch(/Imported 1, updated 0/);
    const list = await upload(
      user,
      "list.json",
      JSON.stringify([
        review(3, "Bananas are radioactive enough to harm"),
        review(4, "Goldfish remember for three seconds"),
      ]),
      csrf,
    );
    expect(list.html).toMatch(/Imported 1, updated 1/);
  });

  it("refuses an import without the CSRF token, and an empty one with a message", async () => {
    const user = deskUser(s);
    await user.signIn(org.editor);
    const csrf = /name="_csrf" value="([^"]+)"/.exec((await user.get("/app/factchecks")).html)![1]!;
    expect(
      (await upload(user, "x.ndjson", JSON.stringify(review(5, "x claim here")), "")).status,
    ).toBe(403);
    const empty = await upload(user, "empty.ndjson", "", csrf);
    expect(empty.status).toBe(422);
    expect(empty.html).toContain("Choose a file");
    const list = (await (await s.call("GET", "/v1/factchecks", { key: org.viewer })).json()) as any;
    expect(list.data).toEqual([]);
  });

  it("lets a viewer search but shows no import form", async () => {
    const user = deskUser(s);
    await user.signIn(org.viewer);
    const page = await user.get("/app/factchecks?q=anything");
    expect(page.status).toBe(200);
    expect(page.html).toContain('name="q"');
    expect(page.html).not.toContain("/app/factchecks/import");
  });
});

// Fact-checks on the desk: search, the latest, and importing a file of ClaimReview.
import { type Context, Hono } from "hono";
import type { ProblemBody } from "../api.js";
import type { WebEnv } from "../env.js";
import { pageStatus } from "../forms.js";
import { render, viewerOf } from "../layout.js";
import { FactchecksPage } from "../pages/factchecks.js";
import type { FactcheckData, ImportResult, PageOf, SearchResult } from "../types.js";

/** NDJSON as the import takes it, from either NDJSON or a JSON-LD document (an object, a list, @graph):
 *  text that parses as one JSON value is a document; anything else is taken as NDJSON as it is. */
export function asNdjson(text: string): string {
  const trimmed = text.trim();
  try {
    return toLines(JSON.parse(trimmed));
  } catch {
    return trimmed;
  }
}

function toLines(doc: unknown): string {
  const graph =
    doc && typeof doc === "object" && "@graph" in doc
      ? (doc as { "@graph": unknown })["@graph"]
      : doc;
  const items = Array.isArray(graph) ? graph : [graph];
  return items.map((i) => JSON.stringify(i)).join("\n");
}

async function factchecksPage(
  c: Context<WebEnv>,
  extra: { imported?: ImportResult; problem?: ProblemBody } = {},
  status: Parameters<typeof render>[2] = 200,
) {
  const q = c.req.query("q")?.trim() ?? "";
  const [latest, search] = await Promise.all([
    c.var.api.get<PageOf<FactcheckData>>("/v1/factchecks", { cursor: c.req.query("cursor") }),
    q
      ? c.var.api.send<{ data: SearchResult }>("POST", "/v1/factchecks/search", {
          text: q,
          limit: 10,
        })
      : null,
  ]);
  return render(
    c,
    FactchecksPage({
      viewer: viewerOf(c),
      q,
      results: search?.ok ? search.data.data : null,
      latest: latest.ok ? latest.data.data : [],
      next: latest.ok ? latest.data.nextCursor : null,
      imported: extra.imported ?? null,
      problem: extra.problem ?? (search && !search.ok ? search.problem : null),
    }),
    status,
  );
}

export const factcheckPages = new Hono<WebEnv>()
  .get("/factchecks", (c) => factchecksPage(c))
  .post("/factchecks/import", async (c) => {
    const form = await c.req.parseBody();
    const file = form.file;
    const text =
      file instanceof File && file.size > 0
        ? await file.text()
        : typeof form.pasted === "string"
          ? form.pasted
          : "";
    if (!text.trim())
      return factchecksPage(
        c,
        {
          problem: {
            status: 422,
            code: "invalid_request",
            title: "Nothing to import",
            detail: "Choose a file or paste ClaimReview.",
            errors: [{ path: "file", message: "is empty" }],
          },
        },
        422,
      );
    const res = await c.var.api.send<ImportResult>("POST", "/v1/factchecks/import", asNdjson(text));
    if (!res.ok) return factchecksPage(c, { problem: res.problem }, pageStatus(res.status));
    return factchecksPage(c, { imported: res.data });
  });

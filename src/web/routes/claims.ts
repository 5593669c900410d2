// A claim on the desk: the page, the workflow form (If-Match from the version the form was read at) and
// adding a source. Every write is the API's PATCH or POST, so roles, rules, history and webhooks hold.
import { type Context, Hono } from "hono";
import type { ApiResult, ProblemBody } from "../api.js";
import type { WebEnv } from "../env.js";
import { filled, formFields, pageStatus } from "../forms.js";
import { render, viewerOf } from "../layout.js";
import { ClaimPage, type ClaimView } from "../pages/claim.js";
import { SOURCE_FIELDS, WORKFLOW_FIELDS, type WorkflowForm } from "../pages/claim-forms.js";
import type { Claim, History, Matches, SourceData } from "../types.js";

type Extra = Omit<
  ClaimView,
  "viewer" | "claim" | "sources" | "history" | "matches" | "claimReview"
>;

async function claimPage(
  c: Context<WebEnv>,
  id: string,
  extra: Extra = {},
  status: Parameters<typeof render>[2] = 200,
) {
  const path = `/v1/claims/${encodeURIComponent(id)}`;
  const claim = await c.var.api.get<Claim>(path);
  if (!claim.ok) return c.notFound();
  const [sources, history, matches, review] = await Promise.all([
    c.var.api.get<{ data: SourceData[] }>(`${path}/sources`),
    c.var.api.get<{ data: History }>(`${path}/history`),
    c.var.api.get<Matches>(`${path}/matches`),
    claim.data.status === "resolved" && claim.data.reviewUrl
      ? c.var.api.get<unknown>(`${path}/claimreview`)
      : null,
  ]);
  return render(
    c,
    ClaimPage({
      viewer: viewerOf(c),
      claim: claim.data,
      sources: sources.ok ? sources.data.data : [],
      history: history.ok ? history.data.data : [],
      matches: matches.ok ? matches.data : null,
      claimReview: review?.ok ? review.data : null,
      ...extra,
    }),
    status,
  );
}

/** Only the fields the form changed: a blank field is null, and a verdict goes only with resolving. */
function changesOf(claim: Claim, form: WorkflowForm): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const field of WORKFLOW_FIELDS) {
    if (form[field] === undefined) continue;
    const next = form[field]!.trim() || null;
    const now = claim[field] ?? null;
    if (next === now) continue;
    if (
      field === "verdict" &&
      (form.status ?? claim.status) !== "resolved" &&
      (next === null || claim.status === "resolved")
    )
      continue;
    if (field === "summary" && next === claim.text) continue;
    out[field] = next;
  }
  return out;
}

/** Who changed the claim last, and when: what a checker whose edit went stale needs to know. */
async function staleNotice(c: Context<WebEnv>, id: string, mine: WorkflowForm) {
  const history = await c.var.api.get<{ data: History }>(
    `/v1/claims/${encodeURIComponent(id)}/history`,
  );
  const last = history.ok ? history.data.data[history.data.data.length - 1] : undefined;
  return { by: last?.actor.name ?? last?.actor.keyId ?? "someone", at: last?.at ?? "", mine };
}

export const claimPages = new Hono<WebEnv>()
  .get("/claims/:id", (c) =>
    claimPage(c, c.req.param("id"), { saved: c.req.query("saved") ? "Saved." : null }),
  )
  .post("/claims/:id", async (c) => {
    const id = c.req.param("id");
    const form = await formFields(c);
    const mine: WorkflowForm = {};
    for (const f of WORKFLOW_FIELDS) if (form[f] !== undefined) mine[f] = form[f];
    const current = await c.var.api.get<Claim>(`/v1/claims/${encodeURIComponent(id)}`);
    if (!current.ok) return c.notFound();
    const version = Number(form.version);
    if (current.data.version !== version)
      return claimPage(c, id, { stale: await staleNotice(c, id, mine) }, 409);
    const changes = changesOf(current.data, mine);
    if (Object.keys(changes).length === 0) return c.redirect(`/app/claims/${id}`, 303);
    const res: ApiResult<Claim> = await c.var.api.send(
      "PATCH",
      `/v1/claims/${encodeURIComponent(id)}`,
      changes,
      {
        "if-match": `"${version}"`,
      },
    );
    if (res.ok) return c.redirect(`/app/claims/${id}?saved=1`, 303);
    if (res.status === 412) return claimPage(c, id, { stale: await staleNotice(c, id, mine) }, 409);
    return claimPage(c, id, { problem: res.problem, workflowForm: mine }, pageStatus(res.status));
  })
  .post("/claims/:id/sources", async (c) => {
    const id = c.req.param("id");
    const source = filled(await formFields(c), SOURCE_FIELDS);
    const res = await c.var.api.send(
      "POST",
      `/v1/claims/${encodeURIComponent(id)}/sources`,
      source,
    );
    if (res.ok) return c.redirect(`/app/claims/${id}?saved=1`, 303);
    if (res.status === 404) return c.notFound();
    return claimPage(
      c,
      id,
      { sourceProblem: res.problem as ProblemBody, sourceForm: source },
      pageStatus(res.status),
    );
  });

// Handlers of the verification workflow on a claim: change, history, ClaimReview.
import { OpenAPIHono } from "@hono/zod-openapi";
import { articleRow, getArticle } from "../../store/articles.js";
import type { StoredClaim } from "../../store/claim-rows.js";
import { getClaim } from "../../store/claims.js";
import type { Database } from "../../store/db.js";
import { organizationName } from "../../store/organizations.js";
import { countSources, history, updateClaim } from "../../store/workflow.js";
import { isRefusal, planChange } from "../../verify/change.js";
import { embeddableJson, claimReview as toClaimReview } from "../../verify/claimreview.js";
import { type FactcheckFields, ownFactcheck } from "../../verify/factcheck.js";
import type { Verdict } from "../../verify/verdicts.js";
import type { EventType } from "../../webhooks/events.js";
import type { AppEnv } from "../env.js";
import { notFound, Problem } from "../errors/index.js";
import { orgCaller } from "../middleware/auth.js";
import { validationHook } from "../validation.js";
import { articleClaimReviews, claimHistory, claimReview, patchClaim } from "./workflow.routes.js";

function versionOf(ifMatch: string | undefined): number {
  if (!ifMatch)
    throw new Problem(
      "precondition_required",
      'Send If-Match with the ETag from GET /v1/claims/{id} (e.g. If-Match: "3").',
    );
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim());
  if (!m) throw new Problem("precondition_failed", "If-Match is not an ETag of this claim.");
  return Number(m[1]);
}

/** Resolving (with a review URL) publishes the organisation's own fact-check of the claim; moving it out
 *  of resolved withdraws it; resolving again updates it. */
async function ownFactcheckChange(
  db: Database,
  orgId: string,
  before: StoredClaim,
  after: StoredClaim,
): Promise<{ publish: FactcheckFields } | "withdraw" | undefined> {
  if (before.status === "resolved" && after.status !== "resolved") return "withdraw";
  if (after.status !== "resolved" || !after.verdict || !after.reviewUrl) return undefined;
  const article = (await articleRow(db, orgId, after.articleId))!;
  const claim = { ...after, verdict: after.verdict, reviewUrl: after.reviewUrl };
  return {
    publish: ownFactcheck(
      claim,
      article,
      await organizationName(db, orgId),
      new Date().toISOString(),
    ),
  };
}

const stale = () =>
  new Problem(
    "precondition_failed",
    "The claim changed since you read it; GET it again for the current ETag.",
  );

export const workflowRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(patchClaim, async (c) => {
    const caller = orgCaller(c);
    const { id } = c.req.valid("param");
    const version = versionOf(c.req.header("if-match"));
    const claim = await getClaim(c.var.db, caller.orgId, id);
    if (!claim) throw notFound("claim", id);
    if (claim.version !== version) throw stale();
    const plan = planChange(
      claim,
      c.req.valid("json"),
      await countSources(c.var.db, caller.orgId, id),
      new Date().toISOString(),
    );
    if (isRefusal(plan)) {
      if (plan.kind === "invalid")
        throw new Problem("invalid_change", plan.message, {
          errors: [{ path: plan.path, message: plan.message }],
        });
      throw new Problem(
        "move_not_allowed",
        `A claim cannot move from ${plan.from} to ${plan.to}; from ${plan.from} it can move to: ${plan.allowed.join(", ")}.`,
      );
    }
    if (Object.keys(plan.changes).length > 0) {
      // The claim as it will read after the change: what the webhooks carry.
      const after = {
        ...claim,
        ...plan.patch,
        version: claim.version + 1,
        updatedAt: new Date().toISOString(),
      };
      const notify: { type: EventType; data: unknown }[] = [{ type: "claim.updated", data: after }];
      if (plan.changes.status && after.status === "resolved")
        notify.push({ type: "claim.resolved", data: after });
      const factcheck = await ownFactcheckChange(c.var.db, caller.orgId, claim, after);
      if (
        !(await updateClaim(
          c.var.db,
          caller.orgId,
          id,
          version,
          plan.patch,
          plan.changes,
          caller,
          notify,
          factcheck,
        ))
      )
        throw stale();
    }
    const now = (await getClaim(c.var.db, caller.orgId, id))!;
    return c.json(now, 200, { etag: `"${now.version}"` });
  })
  .openapi(claimHistory, async (c) => {
    const { orgId } = orgCaller(c);
    const { id } = c.req.valid("param");
    const events = await history(c.var.db, orgId, id);
    if (events.length === 0 && !(await getClaim(c.var.db, orgId, id))) throw notFound("claim", id);
    const data = events.map((e) => ({
      id: e.id,
      type: e.type,
      at: e.createdAt,
      actor: { keyId: e.actorKeyId, name: e.actorName },
      changes: e.changes as Record<string, { from: unknown; to: unknown }>,
    }));
    return c.json({ data }, 200);
  })
  .openapi(claimReview, async (c) => {
    const { orgId } = orgCaller(c);
    const { id } = c.req.valid("param");
    const claim = await getClaim(c.var.db, orgId, id);
    if (!claim) throw notFound("claim", id);
    if (claim.status !== "resolved" || !claim.verdict || !claim.resolvedAt) {
      throw new Problem(
        "not_resolved",
        `ClaimReview is published for resolved claims; this one is ${claim.status}.`,
      );
    }
    if (!claim.reviewUrl)
      throw new Problem(
        "review_url_required",
        "ClaimReview needs the URL of your published fact-check: PATCH the claim with reviewUrl.",
        { errors: [{ path: "reviewUrl", message: "required for ClaimReview" }] },
      );
    const article = (await articleRow(c.var.db, orgId, claim.articleId))!;
    const review = toClaimReview(
      {
        ...claim,
        verdict: claim.verdict as Verdict,
        resolvedAt: claim.resolvedAt,
        reviewUrl: claim.reviewUrl,
      },
      article,
      await organizationName(c.var.db, orgId),
    );
    return c.body(embeddableJson(review), 200, { "content-type": "application/ld+json" }) as never;
  })
  .openapi(articleClaimReviews, async (c) => {
    const { orgId } = orgCaller(c);
    const { id } = c.req.valid("param");
    const article = await getArticle(c.var.db, orgId, id);
    if (!article) throw notFound("article", id);
    const name = await organizationName(c.var.db, orgId);
    // Only what is valid markup: a claim resolved without a review URL has no ClaimReview yet.
    const reviews = article.claims
      .filter((cl) => cl.status === "resolved" && cl.verdict && cl.resolvedAt && cl.reviewUrl)
      .map((cl) =>
        toClaimReview(
          {
            ...cl,
            verdict: cl.verdict as Verdict,
            resolvedAt: cl.resolvedAt!,
            reviewUrl: cl.reviewUrl!,
          },
          article,
          name,
        ),
      );
    return c.body(embeddableJson(reviews), 200, { "content-type": "application/ld+json" }) as never;
  });

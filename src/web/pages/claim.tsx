// One claim: what it says and about when, its sources with the figure check pair by pair, the workflow
// form, its history, the same figure elsewhere, and the ClaimReview to publish.

import type { ProblemBody } from "../api.js";
import { Page, ProblemNotice, type Viewer } from "../layout.js";
import type { Claim, History, Matches, SourceData } from "../types.js";
import { Badges, label, Period, Status } from "./claim-bits.js";
import { SourceFields, type SourceForm, WorkflowFields, type WorkflowForm } from "./claim-forms.js";
import { Head } from "./fields.js";

export interface Stale {
  by: string;
  at: string;
  mine: WorkflowForm;
}

export interface ClaimView {
  viewer: Viewer;
  claim: Claim;
  sources: SourceData[];
  history: History;
  matches: Matches | null;
  claimReview: unknown | null;
  problem?: ProblemBody | null;
  /** Why the new source was refused: shown by its own form. */
  sourceProblem?: ProblemBody | null;
  stale?: Stale | null;
  sourceForm?: SourceForm;
  workflowForm?: WorkflowForm;
  saved?: string | null;
}

const Figures = (props: { claim: Claim }) =>
  props.claim.quantities.length === 0 ? (
    <p class="muted">No figures.</p>
  ) : (
    <table>
      <Head columns={["As written", "Value", "Unit", "Bound", "Role"]} />
      <tbody>
        {props.claim.quantities.map((q) => (
          <tr>
            <td>{q.text}</td>
            <td>
              {q.value.toLocaleString("en-US", { maximumFractionDigits: 6 })}
              {q.approximate ? " (approx.)" : ""}
            </td>
            <td>{q.unit ?? label(q.type)}</td>
            <td>{q.bound ?? ""}</td>
            <td>{q.role ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );

const Sources = (props: { sources: SourceData[] }) =>
  props.sources.length === 0 ? (
    <p class="muted">No sources yet: a claim needs one before it can be resolved.</p>
  ) : (
    <ul>
      {props.sources.map((s) => (
        <li>
          <span class="badge">{s.stance}</span>{" "}
          <a href={s.url} rel="noopener noreferrer">
            {s.title ?? s.url}
          </a>
          {s.publisher ? ` — ${s.publisher}` : ""}
          {s.excerpt && <blockquote>{s.excerpt}</blockquote>}
          <p>
            Figure check: <strong>{s.quantityCheck.status}</strong>
          </p>
          {s.quantityCheck.pairs.length > 0 && (
            <ul>
              {s.quantityCheck.pairs.map((p) => (
                <li>
                  claim {p.claim} · source {p.source ?? "—"} · {p.agree ? "agree" : "disagree"}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );

const Elsewhere = (props: { matches: Matches | null }) => {
  const m = props.matches;
  if (!m || (m.claims.length === 0 && m.factchecks.length === 0))
    return <p class="muted">Nothing close in other articles or fact-checks.</p>;
  return (
    <>
      {m.claims.length > 0 && (
        <ul>
          {m.claims.map((x) => (
            <li>
              <span class={`badge${x.relation === "conflicts" ? " conflict" : ""}`}>
                {x.relation}
              </span>{" "}
              <a href={`/app/claims/${x.claim.id}`}>{x.claim.text}</a>{" "}
              <a class="muted" href={`/app/articles/${x.claim.articleId}`}>
                (article)
              </a>
              {x.pairs.length > 0 && ` — ${x.pairs.map((p) => `${p.a} vs ${p.b}`).join("; ")}`}
            </li>
          ))}
        </ul>
      )}
      {m.factchecks.length > 0 && (
        <>
          <h3>Close fact-checks</h3>
          <ul>
            {m.factchecks.map((f) => (
              <li>
                <a href={f.factcheck.url} rel="noopener noreferrer">
                  {f.factcheck.title ?? f.factcheck.claimReviewed}
                </a>
                {f.factcheck.rating?.label ? ` — ${f.factcheck.rating.label}` : ""}
                {f.factcheck.publisher ? ` (${f.factcheck.publisher})` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

// A changed value as a line of history reads it: a source by its stance and address, text as it is.
const shown = (value: unknown): string => {
  if (value === null || value === undefined) return "—";
  if (typeof value !== "object") return String(value);
  const v = value as { url?: string; stance?: string };
  return v.url ? `${v.stance ? `${v.stance} ` : ""}${v.url}` : JSON.stringify(value);
};

const HistoryList = (props: { history: History }) => (
  <ol>
    {props.history.map((e) => (
      <li>
        <time datetime={e.at}>{e.at.replace("T", " ").slice(0, 16)}</time> ·{" "}
        {e.actor.name ?? e.actor.keyId} · {e.type}
        {Object.entries(e.changes).map(
          ([field, ch]) => ` · ${field}: ${shown(ch.from)} → ${shown(ch.to)}`,
        )}
      </li>
    ))}
  </ol>
);

export function ClaimPage(v: ClaimView) {
  const { claim } = v;
  const t = claim.time;
  return (
    <Page title="Claim" viewer={v.viewer}>
      <blockquote>{claim.text}</blockquote>
      <p>
        <Status claim={claim} />{" "}
        <Badges
          claim={claim}
          conflicting={v.matches?.claims.some((m) => m.relation === "conflicts") ?? false}
        />{" "}
        <a href={`/app/articles/${claim.articleId}`}>Read it in its article</a>
      </p>
      {v.saved && (
        <div class="notice" role="status">
          {v.saved}
        </div>
      )}
      <dl>
        <dt>Kind</dt>
        <dd>{label(claim.kind)}</dd>
        <dt>Check-worthiness</dt>
        <dd>{claim.checkworthiness.toFixed(2)}</dd>
        <dt>Subject</dt>
        <dd>{claim.subject ?? "—"}</dd>
        <dt>Claimant</dt>
        <dd>{claim.claimant ?? "—"}</dd>
        <dt>Period</dt>
        <dd>
          <Period claim={claim} />
          {t && ` (${t.granularity}; ${label(t.basis)}${t.text ? `: “${t.text}”` : ""})`}
        </dd>
        {claim.previouslyChecked && (
          <>
            <dt>Previously checked</dt>
            <dd>
              <a href={claim.previouslyChecked.url} rel="noopener noreferrer">
                {claim.previouslyChecked.rating.label ?? "fact-check"}
              </a>
            </dd>
          </>
        )}
      </dl>
      <h2>Figures</h2>
      <Figures claim={claim} />
      <h2>Sources</h2>
      <Sources sources={v.sources} />
      {v.viewer.canWrite && (
        <>
          <h2>Add a source</h2>
          <ProblemNotice problem={v.sourceProblem} />
          <SourceFields viewer={v.viewer} claimId={claim.id} values={v.sourceForm} />
          <h2>Verification</h2>
          {v.stale && (
            <div class="notice error" role="alert">
              <strong>Not saved: {v.stale.by} changed this claim</strong> at{" "}
              {v.stale.at.replace("T", " ").slice(0, 16)}. The form now shows the claim as it is;
              your values were:{" "}
              {Object.entries(v.stale.mine)
                .map(([k, x]) => `${k}: ${x}`)
                .join("; ") || "none"}
              .
            </div>
          )}
          <ProblemNotice problem={v.problem} />
          <WorkflowFields viewer={v.viewer} claim={claim} values={v.workflowForm} />
        </>
      )}
      <h2>In other articles and fact-checks</h2>
      <Elsewhere matches={v.matches} />
      <h2>History</h2>
      <HistoryList history={v.history} />
      <h2>ClaimReview</h2>
      {v.claimReview ? (
        <pre tabindex={0}>{JSON.stringify(v.claimReview, null, 2)}</pre>
      ) : (
        <p class="muted">Published once the claim is resolved with a verdict and a review URL.</p>
      )}
    </Page>
  );
}

// Fact-checks: "has this been checked?", importing ClaimReview, and the latest in the corpus.
import type { ProblemBody } from "../api.js";
import { Csrf, Page, ProblemNotice, type Viewer } from "../layout.js";
import type { FactcheckData, ImportResult, SearchResult } from "../types.js";

const Factcheck = (props: { f: FactcheckData }) => (
  <>
    <a href={props.f.url} rel="noopener noreferrer">
      {props.f.title ?? props.f.claimReviewed}
    </a>
    {props.f.rating?.label ? ` — ${props.f.rating.label}` : ""}
    {props.f.publisher
      ? ` (${props.f.publisher}${props.f.datePublished ? `, ${props.f.datePublished.slice(0, 10)}` : ""})`
      : ""}
    <br />
    <span class="muted">{props.f.claimReviewed}</span>
  </>
);

export function FactchecksPage(props: {
  viewer: Viewer;
  q: string;
  results: SearchResult | null;
  latest: FactcheckData[];
  next: string | null;
  imported?: ImportResult | null;
  problem?: ProblemBody | null;
}) {
  return (
    <Page title="Fact-checks" viewer={props.viewer}>
      <search>
        <form class="filters" method="get" action="/app/factchecks">
          <label>
            Has this been checked? Paste a claim, a quote or a tweet
            <input type="search" name="q" value={props.q} size={60} />
          </label>
          <button type="submit">Search</button>
        </form>
      </search>
      <ProblemNotice problem={props.problem} />
      {props.results && (
        <section aria-labelledby="results">
          <h2 id="results">Closest fact-checks</h2>
          {props.results.length === 0 ? (
            <p>None found.</p>
          ) : (
            <ol>
              {props.results.map((r) => (
                <li>
                  <Factcheck f={r.factcheck} />{" "}
                  <span class="muted">score {r.score.toFixed(2)}</span>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {props.imported && (
        <div class="notice" role="status">
          Imported {props.imported.imported}, updated {props.imported.updated}
          {props.imported.errors.length > 0 && (
            <>
              ; {props.imported.errors.length} lines refused:
              <ul>
                {props.imported.errors.slice(0, 20).map((e) => (
                  <li>
                    line {e.line}: {e.errors.map((x) => `${x.path} ${x.message}`).join("; ")}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {props.viewer.canWrite && (
        <section aria-labelledby="import">
          <h2 id="import">Import ClaimReview</h2>
          <form
            class="stack"
            method="post"
            action="/app/factchecks/import"
            enctype="multipart/form-data"
          >
            <Csrf token={props.viewer.csrf} />
            <label>
              A file: NDJSON (one ClaimReview a line) or JSON-LD (one object, or a list)
              <input
                type="file"
                name="file"
                accept=".ndjson,.jsonl,.json,application/json,application/x-ndjson"
              />
            </label>
            <label>
              …or paste it
              <textarea name="pasted" rows={4} />
            </label>
            <button type="submit">Import</button>
          </form>
        </section>
      )}
      <h2>Latest</h2>
      {props.latest.length === 0 ? (
        <p>No fact-checks yet.</p>
      ) : (
        <ul>
          {props.latest.map((f) => (
            <li>
              <Factcheck f={f} />
            </li>
          ))}
        </ul>
      )}
      {props.next && (
        <p class="pager">
          <a href={`/app/factchecks?cursor=${encodeURIComponent(props.next)}`}>Older fact-checks</a>
        </p>
      )}
    </Page>
  );
}

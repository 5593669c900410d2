// One article: its text with every claim's span marked by status, furniture greyed, badges beside.
import { Page, type Viewer } from "../layout.js";
import type { Run } from "../marks.js";
import type { ArticleData, Claim } from "../types.js";
import { IngestFields } from "./articles.js";
import { Badges, label, Period, Status } from "./claim-bits.js";
import { Head } from "./fields.js";

export function ArticlePage(props: {
  viewer: Viewer;
  article: ArticleData;
  claims: Claim[];
  runs: Run[];
  conflicting: Set<string>;
}) {
  const { article } = props;
  const byId = new Map(props.claims.map((c) => [c.id, c]));
  return (
    <Page title={article.title ?? "Article"} viewer={props.viewer}>
      <p class="muted">
        {[article.outlet, article.author, article.publishedAt.slice(0, 10)]
          .filter(Boolean)
          .join(" · ")}
        {article.url && (
          <>
            {" · "}
            <a href={article.url} rel="noopener noreferrer">
              original
            </a>
          </>
        )}
      </p>
      <p class="muted">
        {props.claims.length} claims. Marked text links to each claim; struck-through grey text is
        page furniture the extractor ignored.
      </p>
      <div class="article">
        {props.runs.map((r) => {
          if (r.kind === "text") return r.text;
          if (r.kind === "furniture")
            return (
              <span class="furniture" title="page furniture: no claim">
                {r.text}
              </span>
            );
          const claim = byId.get(r.id)!;
          return (
            <>
              <mark
                data-claim-id={r.id}
                class={`status-${claim.status}`}
                title={label(claim.status)}
              >
                <a href={`/app/claims/${r.id}`}>{r.text}</a>
              </mark>
              {(props.conflicting.has(r.id) || claim.previouslyChecked) && (
                <sup>
                  <Badges claim={claim} conflicting={props.conflicting.has(r.id)} />
                </sup>
              )}
            </>
          );
        })}
      </div>
      <h2>Claims</h2>
      <table>
        <Head columns={["Claim", "Kind", "Period", "Status"]} />
        <tbody>
          {props.claims.map((c) => (
            <tr>
              <td>
                <a href={`/app/claims/${c.id}`}>{c.text}</a>{" "}
                <Badges claim={c} conflicting={props.conflicting.has(c.id)} />
              </td>
              <td>{label(c.kind)}</td>
              <td>
                <Period claim={c} />
              </td>
              <td>
                <Status claim={c} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.viewer.canWrite && (
        <section aria-labelledby="ingest">
          <h2 id="ingest">Ingest another article</h2>
          <IngestFields viewer={props.viewer} />
        </section>
      )}
    </Page>
  );
}

// Articles: the list, and the ingest form (text, or the page's HTML as the CMS has it).
import type { ProblemBody } from "../api.js";
import { Csrf, Page, ProblemNotice, type Viewer } from "../layout.js";
import type { ArticleData } from "../types.js";
import { Area, Field, Head } from "./fields.js";

export interface IngestForm {
  text?: string;
  html?: string;
  publishedAt?: string;
  url?: string;
  title?: string;
  outlet?: string;
  author?: string;
}

export const IngestFields = (props: { viewer: Viewer; form?: IngestForm }) => {
  const f = props.form ?? {};
  return (
    <form class="stack" method="post" action="/app/articles">
      <Csrf token={props.viewer.csrf} />
      <Field name="title" text="Title" value={f.title} />
      <Field name="publishedAt" text="Published (date)" type="date" value={f.publishedAt} />
      <Field name="outlet" text="Outlet" value={f.outlet} />
      <Field name="author" text="Author" value={f.author} />
      <Field name="url" text="URL" type="url" value={f.url} />
      <Area name="text" text="Text of the article" value={f.text} rows={10} />
      <Area
        name="html"
        text="…or the page's HTML (publication date and title are read from it)"
        value={f.html}
        rows={4}
      />
      <button type="submit">Ingest</button>
    </form>
  );
};

export const ArticlesPage = (props: {
  viewer: Viewer;
  articles: ArticleData[];
  next: string | null;
  form?: IngestForm;
  problem?: ProblemBody | null;
}) => (
  <Page title="Articles" viewer={props.viewer}>
    {props.viewer.canWrite && (
      <section aria-labelledby="ingest">
        <h2 id="ingest">Ingest an article</h2>
        <ProblemNotice problem={props.problem} />
        <IngestFields viewer={props.viewer} form={props.form} />
      </section>
    )}
    <h2>Latest</h2>
    {props.articles.length === 0 ? (
      <p>No articles yet.</p>
    ) : (
      <table>
        <Head columns={["Title", "Outlet", "Published"]} />
        <tbody>
          {props.articles.map((a) => (
            <tr>
              <td>
                <a href={`/app/articles/${a.id}`}>{a.title ?? a.text.slice(0, 80)}</a>
              </td>
              <td>{a.outlet ?? ""}</td>
              <td>{a.publishedAt.slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
    {props.next && (
      <p class="pager">
        <a href={`/app/articles?cursor=${encodeURIComponent(props.next)}`}>Older articles</a>
      </p>
    )}
  </Page>
);

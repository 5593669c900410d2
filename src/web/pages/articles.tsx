// Articles: the list, and the ingest form (text, or the page's HTML as the CMS has it).
import type { ProblemBody } from "../api.js";
import { Csrf, Page, ProblemNotice, type Viewer } from "../layout.js";
import type { ArticleData } from "../types.js";

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
      <label>
        Title
        <input type="text" name="title" value={f.title ?? ""} />
      </label>
      <label>
        Published (date)
        <input type="date" name="publishedAt" value={f.publishedAt ?? ""} />
      </label>
      <label>
        Outlet
        <input type="text" name="outlet" value={f.outlet ?? ""} />
      </label>
      <label>
        Author
        <input type="text" name="author" value={f.author ?? ""} />
      </label>
      <label>
        URL
        <input type="url" name="url" value={f.url ?? ""} />
      </label>
      <label>
        Text of the article
        <textarea name="text" rows={10}>
          {f.text ?? ""}
        </textarea>
      </label>
      <label>
        …or the page's HTML (publication date and title are read from it)
        <textarea name="html" rows={4}>
          {f.html ?? ""}
        </textarea>
      </label>
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
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Outlet</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
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

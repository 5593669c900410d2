// The frame of every desk page: head, navigation, who is signed in, sign-out, and the page's notices.
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import { type Role, WRITER_ROLES } from "../store/constants.js";
import type { ProblemBody } from "./api.js";
import type { WebEnv } from "./env.js";
import { CSRF_FIELD } from "./session.js";

export interface Viewer {
  keyName: string;
  role: Role;
  csrf: string;
  /** Whether the desk shows edit forms: the API refuses the others' writes anyway. */
  canWrite: boolean;
}

/** The hidden field every form of a signed-in page carries. */
export const Csrf = (props: { token: string }) => (
  <input type="hidden" name={CSRF_FIELD} value={props.token} />
);

export function Page(props: { title: string; viewer?: Viewer; children?: Child }) {
  const { viewer } = props;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} · Factdesk`}</title>
        <link rel="stylesheet" href="/app/static/desk.css" />
      </head>
      <body>
        <header>
          <nav aria-label="Desk">
            <strong>Factdesk</strong>
            {viewer && (
              <>
                <a href="/app">Queue</a>
                <a href="/app/articles">Articles</a>
                <a href="/app/factchecks">Fact-checks</a>
              </>
            )}
          </nav>
          {viewer && (
            <>
              <span class="who">
                {viewer.keyName} · {viewer.role}
              </span>
              <form class="inline" method="post" action="/app/logout">
                <Csrf token={viewer.csrf} />
                <button class="quiet" type="submit">
                  Sign out
                </button>
              </form>
            </>
          )}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** A problem the API answered, as the person at the desk should read it. */
export const ProblemNotice = (props: { problem: ProblemBody | null | undefined }) =>
  props.problem ? (
    <div class="notice error" role="alert">
      <strong>{props.problem.title}.</strong> {props.problem.detail}
      {props.problem.errors?.length ? (
        <ul>
          {props.problem.errors.map((e) => (
            <li>
              <code>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  ) : null;

export async function render(
  c: Context,
  page: Child,
  status: 200 | 401 | 403 | 404 | 409 | 412 | 422 = 200,
) {
  return c.html(
    `<!doctype html>${await (page as { toString(): string | Promise<string> }).toString()}`,
    status,
  );
}

export const viewerOf = (c: Context<WebEnv>): Viewer => {
  const { caller, csrf } = c.var.session;
  return {
    keyName: caller.keyName,
    role: caller.role,
    csrf,
    canWrite: (WRITER_ROLES as readonly Role[]).includes(caller.role),
  };
};

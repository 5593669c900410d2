// Sign-in for the desk: a signed, HttpOnly, SameSite=Lax cookie naming a stored session (never the API
// key), and a CSRF token every form carries. Middleware factories; the pages never see a cookie.
import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import type { Database } from "../store/db.js";
import { serviceSecret, sessionByToken } from "../store/sessions.js";
import { type Dispatch, deskApi } from "./api.js";
import type { WebEnv } from "./env.js";

export const SESSION_COOKIE = "factdesk_session";
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
export const CSRF_FIELD = "_csrf";

export interface SessionOptions {
  database: (c: Context) => Database;
  /** FACTDESK_SESSION_SECRET where set; else one made once per database and kept there. */
  secret?: (c: Context) => string | undefined;
  dispatch: Dispatch;
}

let kept: string | undefined;
async function signingSecret(c: Context, options: SessionOptions, db: Database): Promise<string> {
  const configured = options.secret?.(c);
  if (configured) return configured;
  kept ??= await serviceSecret(db, "desk_session_signing");
  return kept;
}

const secure = (c: Context) =>
  new URL(c.req.url).protocol === "https:" || c.req.header("x-forwarded-proto") === "https";

export async function startSession(
  c: Context,
  options: SessionOptions,
  db: Database,
  session: { token: string; expiresAt: string },
) {
  await setSignedCookie(c, SESSION_COOKIE, session.token, await signingSecret(c, options, db), {
    path: "/app",
    httpOnly: true,
    sameSite: "Lax",
    secure: secure(c),
    expires: new Date(session.expiresAt),
  });
}

export const endSession = (c: Context) =>
  deleteCookie(c, SESSION_COOKIE, { path: "/app", secure: secure(c) });

// Equal length and every character compared, so the time taken says nothing about the token.
function sameToken(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** Requires a live session (else 303 to the sign-in page) and, on every POST, the session's CSRF token
 *  (else 403, before anything is read or written). */
export function requireSession(options: SessionOptions) {
  return createMiddleware<WebEnv>(async (c, next) => {
    const db = options.database(c);
    c.set("db", db);
    const token = await getSignedCookie(c, await signingSecret(c, options, db), SESSION_COOKIE);
    const session = token ? await sessionByToken(db, token) : null;
    if (!token || !session?.caller.orgId) {
      if (token) endSession(c);
      const back =
        c.req.method === "GET" ? `?next=${encodeURIComponent(new URL(c.req.url).pathname)}` : "";
      return c.redirect(`/app/login${back}`, 303);
    }
    if (c.req.method === "POST") {
      const form = await c.req.parseBody();
      const sent = form[CSRF_FIELD];
      if (typeof sent !== "string" || !sameToken(sent, session.csrf))
        return c.text(
          "This form is out of date or was not sent from the desk. Reload the page and try again.",
          403,
        );
    }
    c.set("session", session);
    c.set("sessionToken", token);
    c.set("caller", session.caller);
    c.set("api", deskApi(c, session.caller, options.dispatch));
    await next();
  });
}

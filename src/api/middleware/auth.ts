// Who is calling: `Authorization: Bearer <key>` resolved to a caller (401 otherwise), and the roles a
// route admits (403 otherwise). Scoping every query to the caller's organisation is the store's job.

import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { Database } from "../../store/db.js";
import { type Caller, callerByHash, type Role } from "../../store/organizations.js";
import { sha256Hex } from "../../store/secrets.js";
import type { CallerCache } from "../caller-cache.js";
import type { AppEnv, OrgCaller } from "../env.js";
import { forbidden, Problem } from "../errors/index.js";

// RFC 6750: a 401 names the scheme it wants, and says when the token itself was the trouble.
const unauthorized = (detail: string, challenge: string) =>
  new Problem("unauthorized", detail, { headers: { "www-authenticate": challenge } });

// Requests the desk makes in process on a signed-in user's behalf: keyed by the Request object itself, so
// nothing arriving over the network can claim a place here.
const vouched = new WeakMap<Request, Caller>();

/** Marks a request the desk built as sent by the session's caller: the API then treats it exactly as one
 *  sent with that caller's key (same roles, same organisation). */
export function onBehalfOf(request: Request, caller: Caller): Request {
  vouched.set(request, caller);
  return request;
}

/** Takes the caller of a request the desk vouched for. It runs before anything that may wrap the request
 *  (the body limit replaces it with a counted stream), while the request is still the desk's own. */
export function deskCaller() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const caller = vouched.get(c.req.raw);
    if (caller) c.set("caller", caller);
    await next();
  });
}

/** Sets the request's database and caller: one middleware for both, since every /v1 route needs both. */
export function authenticate(options: { database: (c: Context) => Database; cache?: CallerCache }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("db", options.database(c));
    if (c.get("caller")) return next();
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw unauthorized(
        "Send an API key as `Authorization: Bearer <key>`.",
        'Bearer realm="factdesk"',
      );
    const key = match[1]!;
    const caller = options.cache?.get(key) ?? (await callerByHash(c.var.db, await sha256Hex(key)));
    if (!caller)
      throw unauthorized(
        "The API key is unknown or revoked.",
        'Bearer realm="factdesk", error="invalid_token"',
      );
    options.cache?.set(key, caller);
    if (options.cache) c.set("callerCache", options.cache);
    c.set("caller", caller);
    await next();
  });
}

export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { role } = c.var.caller;
    if (!roles.includes(role)) {
      throw forbidden(
        `This needs one of the roles ${roles.join(", ")}; the key's role is ${role}.`,
      );
    }
    await next();
  });
}

/** The caller's organisation; the operator key manages organisations and belongs to none. */
export function orgCaller(c: Context<AppEnv>): OrgCaller {
  const caller = c.var.caller;
  if (!caller.orgId)
    throw forbidden("The operator key manages organisations only; use an organisation's key.");
  return caller as OrgCaller;
}

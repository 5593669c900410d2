// The desk is a client of the API, in process: every read and write goes through the same routes, roles,
// validation, history and webhooks as a curl request, sent on behalf of the signed-in key.
import type { Context } from "hono";
import { onBehalfOf } from "../api/middleware/auth.js";
import type { Caller } from "../store/organizations.js";

export interface ProblemBody {
  status: number;
  code: string;
  title: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T; headers: Headers }
  | { ok: false; status: number; problem: ProblemBody; headers: Headers };

export interface DeskApi {
  get<T>(path: string, query?: Record<string, string | undefined>): Promise<ApiResult<T>>;
  send<T>(
    method: "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResult<T>>;
}

/** How the app answers a request: its own fetch, with the runtime's bindings. */
export type Dispatch = (request: Request, c: Context) => Promise<Response>;

export function deskApi(c: Context, caller: Caller, dispatch: Dispatch): DeskApi {
  const call = async <T>(request: Request): Promise<ApiResult<T>> => {
    const res = await dispatch(onBehalfOf(request, caller), c);
    const text = await res.text();
    const body = text ? JSON.parse(text) : null;
    if (res.ok) return { ok: true, status: res.status, data: body as T, headers: res.headers };
    return { ok: false, status: res.status, problem: body as ProblemBody, headers: res.headers };
  };
  const url = (path: string) => new URL(path, c.req.url);
  return {
    get(path, query = {}) {
      const u = url(path);
      for (const [k, v] of Object.entries(query))
        if (v !== undefined && v !== "") u.searchParams.set(k, v);
      return call(new Request(u));
    },
    send(method, path, body, headers = {}) {
      const raw = typeof body === "string";
      return call(
        new Request(url(path), {
          method,
          headers: {
            ...(body === undefined
              ? {}
              : { "content-type": raw ? "application/x-ndjson" : "application/json" }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: raw ? body : JSON.stringify(body) }),
        }),
      );
    },
  };
}

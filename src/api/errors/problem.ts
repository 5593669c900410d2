// RFC 9457 problem details: the one error class of the API, its response, and its OpenAPI schema.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { PROBLEM_CODE_LIST, PROBLEM_CODES, type ProblemCode, problemType } from "./codes.js";

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ProblemExtras {
  errors?: FieldIssue[];
  /** Headers the status calls for: WWW-Authenticate on 401, Retry-After on 429. */
  headers?: Record<string, string>;
}

export class Problem extends Error {
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly errors?: FieldIssue[];
  readonly headers?: Record<string, string>;

  constructor(
    readonly code: ProblemCode,
    readonly detail: string,
    extras: ProblemExtras = {},
  ) {
    super(detail);
    this.status = PROBLEM_CODES[code].status;
    this.title = PROBLEM_CODES[code].title;
    if (extras.errors) this.errors = extras.errors;
    if (extras.headers) this.headers = extras.headers;
  }
}

export function problemResponse(c: Context, p: Problem): Response {
  const body = {
    type: problemType(p.code),
    code: p.code,
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: new URL(c.req.url).pathname,
    requestId: c.get("requestId") as string | undefined,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return c.body(JSON.stringify(body), p.status, {
    ...p.headers,
    "content-type": "application/problem+json",
  });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    code: z.enum(PROBLEM_CODE_LIST),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

/** The error responses a route may give, as OpenAPI entries. */
export function problems(...statuses: ContentfulStatusCode[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: "Problem details (RFC 9457)",
        content: { "application/problem+json": { schema: ProblemSchema } },
      },
    ]),
  );
}

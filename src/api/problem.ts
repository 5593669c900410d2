// RFC 9457 problem details: the one shape every error of the API takes.
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

export interface FieldIssue {
  path: string;
  message: string;
}

export class Problem extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail: string,
    readonly errors?: FieldIssue[],
    /** Headers the status calls for: WWW-Authenticate on 401, Retry-After on 429. */
    readonly headers?: Record<string, string>,
  ) {
    super(detail);
  }
}

const TYPE_BASE = "https://factdesk.dev/problems/";
const slug = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export function problemResponse(c: Context, p: Problem): Response {
  const body = {
    type: `${TYPE_BASE}${slug(p.title)}`,
    title: p.title,
    status: p.status,
    detail: p.detail,
    instance: new URL(c.req.url).pathname,
    requestId: c.get("requestId") as string | undefined,
    ...(p.errors ? { errors: p.errors } : {}),
  };
  return c.body(JSON.stringify(body), p.status, { ...p.headers, "content-type": "application/problem+json" });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
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
    statuses.map((s) => [s, { description: "Problem details (RFC 9457)", content: { "application/problem+json": { schema: ProblemSchema } } }]),
  );
}

// The Hono app, the same on Node and Workers: middleware, error handling, routes, OpenAPI document.
// Runtime differences stay in the entry files, which pass in how to reach the database.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import type { Database } from "../store/db.js";
import { deskRoutes } from "../web/index.js";
import { articleRoutes } from "./articles/index.js";
import type { CallerCache } from "./caller-cache.js";
import { claimRoutes } from "./claims/index.js";
import { workflowRoutes } from "./claims/workflow.js";
import { referencePage } from "./docs.js";
import type { AppEnv } from "./env.js";
import { Problem, problemResponse } from "./errors/index.js";
import { extractRoutes } from "./extract/index.js";
import { type Extractor, inlineExtractor } from "./extractor.js";
import { factcheckRoutes } from "./factchecks/index.js";
import { keyRoutes } from "./keys/index.js";
import { authenticate, deskCaller } from "./middleware/auth.js";
import { type RateLimiter, rateLimit } from "./middleware/rate-limit.js";
import { organizationRoutes } from "./organizations/index.js";
import { sourceRoutes } from "./sources/index.js";
import { validationHook } from "./validation.js";
import { webhookRoutes } from "./webhooks/index.js";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

// What Hono's own checks refuse, as problems of the table.
const REJECTED = {
  400: ["malformed_request", "The request could not be read."],
  413: ["payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`],
  415: ["unsupported_media_type", "Send the body as JSON with content-type: application/json."],
} as const;

export interface AppDeps {
  /** The database for a request: one shared handle on Node, the binding's on Workers. */
  database: (c: Context) => Database;
  /** Keep callers in memory between requests (one-process deployments only; see caller-cache.ts). */
  callerCache?: CallerCache;
  /** Where extraction runs (Node passes its worker pool); inline by default. */
  extractor?: Extractor;
  /** Requests per key (FACTDESK_RATE_LIMIT_PER_MINUTE); none when absent. */
  rateLimiter?: RateLimiter;
  /** Allow webhooks to private and loopback addresses (FACTDESK_WEBHOOK_ALLOW_PRIVATE=1, local testing). */
  allowPrivateWebhookTargets?: boolean;
  /** Signs the desk's session cookies (FACTDESK_SESSION_SECRET); else a secret kept in the database. */
  sessionSecret?: (c: Context) => string | undefined;
}

// Node has no execution context; Hono throws when asked for one that is absent.
function executionCtxOf(c: Context) {
  try {
    return c.executionCtx;
  } catch {
    return undefined;
  }
}

export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  const extractor = deps.extractor ?? inlineExtractor;
  app.use("*", requestId());
  // nosniff, frame and referrer policies on every response; the API reference page needs only its own
  // inline style, and nothing from elsewhere.
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"] },
    }),
  );
  // API responses are per caller and may carry a secret shown once: no cache may keep them.
  app.use("/v1/*", async (c, next) => {
    await next();
    c.header("cache-control", "no-store");
  });
  app.use("*", async (c, next) => {
    c.set("extractor", extractor);
    await next();
  });
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) =>
      problemResponse(
        c,
        new Problem("payload_too_large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`),
      ),
  });
  app.use("/v1/*", deskCaller());
  // Reads carry no body: they skip the limit, the busiest path pays for nothing it does not use.
  app.use("/v1/*", (c, next) =>
    c.req.method === "GET" || c.req.method === "DELETE" ? next() : limit(c, next),
  );
  app.use("/v1/*", authenticate({ cache: deps.callerCache, database: deps.database }));
  if (deps.rateLimiter) app.use("/v1/*", rateLimit(deps.rateLimiter));

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.use("/app/*", (c, next) => (c.req.method === "POST" ? limit(c, next) : next()));
  app.route(
    "/app",
    deskRoutes({
      database: deps.database,
      secret: deps.sessionSecret,
      // The desk's requests go through this same app, with the runtime's bindings.
      dispatch: async (request, c) => app.fetch(request, c.env, executionCtxOf(c)),
    }),
  );
  app.route("/", extractRoutes);
  app.route("/", organizationRoutes);
  app.route("/", keyRoutes);
  app.route("/", articleRoutes);
  app.route("/", claimRoutes);
  app.route("/", workflowRoutes);
  app.route("/", sourceRoutes);
  app.route("/", factcheckRoutes);
  app.route("/", webhookRoutes({ allowPrivateTargets: deps.allowPrivateWebhookTargets ?? false }));

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
  });
  const documentInfo = {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "0.1.0",
      description: "Dated, checkable claims from news articles, and their verification.",
    },
  };
  app.doc31("/openapi.json", documentInfo);
  let reference: string | null = null;
  app.get("/docs", (c) =>
    c.html(
      (reference ??= referencePage(
        app.getOpenAPI31Document(documentInfo) as Parameters<typeof referencePage>[0],
      )),
    ),
  );

  app.notFound((c) =>
    problemResponse(
      c,
      new Problem("not_found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`),
    ),
  );
  app.onError((err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException && err.status in REJECTED) {
      const [code, detail] = REJECTED[err.status as keyof typeof REJECTED];
      return problemResponse(
        c,
        new Problem(code, err.status === 400 && err.message ? err.message : detail),
      );
    }
    console.error(`[${c.get("requestId")}]`, err);
    return problemResponse(
      c,
      new Problem(
        "internal_error",
        "Something went wrong on our side; the request id identifies it in our logs.",
      ),
    );
  });
  return app;
}

export type App = ReturnType<typeof createApp>;

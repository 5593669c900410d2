// The Hono app, the same on Node and Workers: middleware, error handling, routes, OpenAPI document.
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./env.js";
import { extractRoutes } from "./extract/index.js";
import { Problem, problemResponse } from "./problem.js";
import { validationHook } from "./validation.js";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp() {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  app.use("*", requestId());
  app.use(
    "/v1/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => problemResponse(c, new Problem(413, "Payload too large", `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`)),
    }),
  );

  app.get("/healthz", (c) => c.json({ status: "ok" }));
  app.route("/", extractRoutes);

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: { title: "Factdesk API", version: "0.1.0", description: "Dated, checkable claims from news articles." },
  });

  app.notFound((c) => problemResponse(c, new Problem(404, "Not found", `No route for ${c.req.method} ${new URL(c.req.url).pathname}.`)));
  app.onError((err, c) => {
    if (err instanceof Problem) return problemResponse(c, err);
    if (err instanceof HTTPException) {
      if (err.status === 415) {
        return problemResponse(c, new Problem(415, "Unsupported media type", "Send the body as JSON with content-type: application/json."));
      }
      const title = err.status === 400 ? "Malformed request" : "Request rejected";
      return problemResponse(c, new Problem(err.status, title, err.message || "The request could not be read."));
    }
    console.error(`[${c.get("requestId")}]`, err);
    return problemResponse(c, new Problem(500, "Internal error", "Something went wrong on our side; the request id identifies it in our logs."));
  });
  return app;
}

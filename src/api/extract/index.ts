import { OpenAPIHono } from "@hono/zod-openapi";
import { extractClaims } from "../../extract/index.js";
import type { AppEnv } from "../env.js";
import { validationHook } from "../validation.js";
import { extractRoute } from "./extract.routes.js";

export const extractRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(extractRoute, (c) =>
  c.json(extractClaims(c.req.valid("json")), 200),
);

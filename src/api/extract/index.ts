import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env.js";
import { invalid } from "../errors/index.js";
import { ExtractionBudgetExceeded } from "../extractor.js";
import { validationHook } from "../validation.js";
import { extractRoute } from "./extract.routes.js";

export const extractRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  extractRoute,
  async (c) =>
    c.json(await c.var.extractor.claims(c.req.valid("json")).catch(budgetProblem("text")), 200),
);

/** A text or page that ran past the extraction budget, as a 422 naming the field. */
export const budgetProblem =
  (path: string) =>
  (e: unknown): never => {
    if (e instanceof ExtractionBudgetExceeded) throw invalid(path, e.message);
    throw e;
  };

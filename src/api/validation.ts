// One zod hook for every route: a schema violation is a 422 problem naming each field.
import type { Hook } from "@hono/zod-openapi";
import { issuesOf } from "../contracts/extract.js";
import { Problem, problemResponse } from "./errors/index.js";

// The hook is shared by routes of every shape, so its type parameters stay open.
// biome-ignore lint/suspicious/noExplicitAny: one hook serves every route's input and output types.
export const validationHook: Hook<any, any, any, any> = (result, c) => {
  if (result.success) return;
  const errors = issuesOf(result.error);
  const where = result.target === "json" ? "body" : result.target;
  return problemResponse(
    c,
    new Problem(
      "validation_failed",
      `The request ${where} does not match the schema: ${errors.map((e) => e.path).join(", ")}`,
      { errors },
    ),
  );
};

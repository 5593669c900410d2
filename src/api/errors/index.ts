// The API's error vocabulary: the code table, the Problem class and the helpers handlers throw.
import { Problem } from "./problem.js";

export { PROBLEM_CODES, type ProblemCode, problemType } from "./codes.js";
export { type FieldIssue, Problem, ProblemSchema, problemResponse, problems } from "./problem.js";

/** A resource the caller's organisation does not have (another organisation's is the same 404). */
export const notFound = (resource: string, id: string) =>
  new Problem("not_found", `No ${resource} ${id}.`);

/** One field that breaks a rule the schema cannot state. */
export const invalid = (path: string, message: string) =>
  new Problem("validation_failed", `${path} ${message}.`, { errors: [{ path, message }] });

export const forbidden = (detail: string) => new Problem("forbidden", detail);

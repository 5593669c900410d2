// One line of the JSONL CLI: parsed and validated, or an error that names the problem.
import { ExtractRequest, issuesOf } from "../contracts/extract.js";
import type { ExtractInput } from "../extract/index.js";

export type JsonlRequest = { id: string | number; input: ExtractInput } | { id: string | number | null; error: string };

export function readJsonlRequest(line: string, lineNo: number): JsonlRequest {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${lineNo}: not valid JSON` };
  }
  const id = typeof raw === "object" && raw && "id" in raw && (typeof raw.id === "string" || typeof raw.id === "number") ? raw.id : null;
  if (id === null) return { id: null, error: `line ${lineNo}: "id" must be a string or number` };
  const parsed = ExtractRequest.safeParse(raw);
  if (!parsed.success) {
    const first = issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`).join("; ");
    return { id, error: `line ${lineNo}: ${first}` };
  }
  return { id, input: parsed.data };
}

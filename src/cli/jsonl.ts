// What the JSONL CLIs share: reading one line against a schema (a bad line becomes `{id, error}` naming
// the line and the field, and the stream goes on), and writing answers in batches.
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { z } from "@hono/zod-openapi";
import { issuesOf } from "../contracts/extract.js";

type Id = string | number | null;

export function readLine<T extends z.ZodTypeAny>(
  schema: T,
  line: string,
  n: number,
): { id: Id; value: z.infer<T> } | { id: Id; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not valid JSON` };
  }
  const given = typeof raw === "object" && raw && "id" in raw ? raw.id : null;
  const id = typeof given === "string" || typeof given === "number" ? given : null;
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return {
      id,
      error: `line ${n}: ${issuesOf(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join("; ")}`,
    };
  return { id, value: parsed.data };
}

/** Answers each non-empty stdin line; output goes out in batches, since one write per line costs more
 *  than the work on it. */
export async function streamJsonl(answer: (line: string, n: number) => object): Promise<void> {
  let out = "";
  let n = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    out += `${JSON.stringify(answer(line, ++n))}\n`;
    if (out.length > 1 << 16) {
      const ok = process.stdout.write(out);
      out = "";
      if (!ok) await once(process.stdout, "drain");
    }
  }
  if (out) process.stdout.write(out);
}

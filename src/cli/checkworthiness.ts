// `npm run --silent checkworthiness -- --jsonl < sentences.jsonl`: one `{id, text}` line in, one
// `{id, score, checkworthy}` line out, scored by the model extraction uses.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "@hono/zod-openapi";
import { issuesOf } from "../contracts/extract.js";
import { scoreSentence } from "../extract/checkworthiness/index.js";

const USAGE = "usage: checkworthiness --jsonl < sentences.jsonl   (lines of {id, text})";
const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string().max(100_000) });

function fail(message: string): never {
  process.stderr.write(`checkworthiness: ${message}\n${USAGE}\n`);
  process.exit(2);
}

try {
  const { values, positionals } = parseArgs({ options: { jsonl: { type: "boolean", default: false } }, allowPositionals: true });
  if (positionals.length) fail(`unexpected argument "${positionals[0]}"`);
  if (!values.jsonl) fail("--jsonl is required: the input is one JSON object a line");
} catch (e) {
  fail((e as Error).message);
}

function answer(line: string, n: number): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not valid JSON` };
  }
  const parsed = Line.safeParse(raw);
  const id = typeof raw === "object" && raw && "id" in raw ? raw.id : null;
  if (!parsed.success) {
    return { id: typeof id === "string" || typeof id === "number" ? id : null, error: `line ${n}: ${issuesOf(parsed.error).map((i) => `${i.path}: ${i.message}`).join("; ")}` };
  }
  return { id: parsed.data.id, ...scoreSentence(parsed.data.text) };
}

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

// `npm run --silent checkworthiness -- --jsonl < sentences.jsonl`: one `{id, text}` line in, one
// `{id, score, checkworthy}` line out, scored by the model extraction uses.
import { parseArgs } from "node:util";
import { z } from "@hono/zod-openapi";
import { scoreSentence } from "../extract/index.js";
import { readLine, streamJsonl } from "./jsonl.js";

const USAGE = "usage: checkworthiness --jsonl < sentences.jsonl   (lines of {id, text})";
const Line = z.object({ id: z.union([z.string(), z.number()]), text: z.string().max(100_000) });

function fail(message: string): never {
  process.stderr.write(`checkworthiness: ${message}\n${USAGE}\n`);
  process.exit(2);
}

try {
  const { values, positionals } = parseArgs({
    options: { jsonl: { type: "boolean", default: false } },
    allowPositionals: true,
  });
  if (positionals.length) fail(`unexpected argument "${positionals[0]}"`);
  if (!values.jsonl) fail("--jsonl is required: the input is one JSON object a line");
} catch (e) {
  fail((e as Error).message);
}

function answer(line: string, n: number): object {
  const r = readLine(Line, line, n);
  return "error" in r ? r : { id: r.value.id, ...scoreSentence(r.value.text) };
}

await streamJsonl(answer);

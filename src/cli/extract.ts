// `npm run --silent extract -- [--published-at DATE] [--title T] [--url U] < article.txt`
// `npm run --silent extract -- --jsonl < articles.jsonl` streams one result line per input line.
import { parseArgs } from "node:util";
import { z } from "@hono/zod-openapi";
import { ExtractRequest, isIsoDate } from "../contracts/extract.js";
import { extractClaims } from "../extract/index.js";
import { readLine, streamJsonl } from "./jsonl.js";

const USAGE = `usage: extract [--published-at YYYY-MM-DD] [--title TEXT] [--url URL] [--pretty] < article.txt
       extract --jsonl < articles.jsonl   (lines of {id, text, publishedAt?, title?, url?})`;

function fail(message: string): never {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function options() {
  try {
    const { values, positionals } = parseArgs({
      options: {
        "published-at": { type: "string" },
        title: { type: "string" },
        url: { type: "string" },
        jsonl: { type: "boolean", default: false },
        pretty: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
      allowPositionals: true,
    });
    if (values.help) {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (positionals.length) fail(`unexpected argument "${positionals[0]}"`);
    const at = values["published-at"];
    if (at !== undefined && !isIsoDate(at)) {
      fail(`--published-at must be an ISO date (YYYY-MM-DD), got "${at}"`);
    }
    if (values.jsonl && (at || values.title || values.url))
      fail("--jsonl takes its metadata from each line");
    return values;
  } catch (e) {
    return fail((e as Error).message);
  }
}

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const Line = ExtractRequest.extend({ id: z.union([z.string(), z.number()]) });

function answer(line: string, n: number): object {
  const r = readLine(Line, line, n);
  return "error" in r ? r : { id: r.id, ...extractClaims(r.value) };
}

const opts = options();
if (opts.jsonl) await streamJsonl(answer);
else {
  const text = await readAll();
  const result = extractClaims({
    text,
    publishedAt: opts["published-at"] ?? null,
    title: opts.title ?? null,
    url: opts.url ?? null,
  });
  process.stdout.write(`${JSON.stringify(result, null, opts.pretty ? 2 : undefined)}\n`);
}

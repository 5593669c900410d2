// `npm run --silent extract -- [--published-at DATE] [--title T] [--url U] < article.txt`
// `npm run --silent extract -- --jsonl < articles.jsonl` streams one result line per input line.
import { once } from "node:events";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { isIsoDate } from "../contracts/extract.js";
import { extractClaims } from "../extract/index.js";
import { readJsonlRequest } from "./jsonl-request.js";

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
        "published-at": { type: "string" }, title: { type: "string" }, url: { type: "string" },
        jsonl: { type: "boolean", default: false }, pretty: { type: "boolean", default: false },
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
    if (values.jsonl && (at || values.title || values.url)) fail("--jsonl takes its metadata from each line");
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

async function streamJsonl(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out = "";
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    n++;
    const req = readJsonlRequest(line, n);
    const result = "error" in req ? req : { id: req.id, ...extractClaims(req.input) };
    out += `${JSON.stringify(result)}\n`;
    // Written in batches: one write per line costs more than the extraction itself.
    if (out.length > 1 << 16) {
      const ok = process.stdout.write(out);
      out = "";
      if (!ok) await once(process.stdout, "drain");
    }
  }
  if (out) process.stdout.write(out);
}

const opts = options();
if (opts.jsonl) await streamJsonl();
else {
  const text = await readAll();
  const result = extractClaims({
    text, publishedAt: opts["published-at"] ?? null, title: opts.title ?? null, url: opts.url ?? null,
  });
  process.stdout.write(`${JSON.stringify(result, null, opts.pretty ? 2 : undefined)}\n`);
}

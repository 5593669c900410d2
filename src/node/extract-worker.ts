// One extraction thread of the pool: answers each job with its result or the error it raised.
import { parentPort } from "node:worker_threads";
import { articleFromHtml, extractClaims, HtmlTooComplex } from "../extract/index.js";
import type { Job, Reply } from "./extract-pool.js";

parentPort!.on("message", ({ id, job }: { id: number; job: Job }) => {
  let reply: Reply;
  try {
    reply = {
      id,
      ok: true,
      value: job.kind === "claims" ? extractClaims(job.input) : articleFromHtml(job.html),
    };
  } catch (e) {
    reply = {
      id,
      ok: false,
      error:
        e instanceof HtmlTooComplex ? { tooComplex: e.limit } : { message: (e as Error).message },
    };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage("ready");

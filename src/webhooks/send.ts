// Sending one signed delivery: what the dispatcher hands a sender, and the sender for runtimes whose
// fetch cannot reach private networks anyway (Workers). Node's sender, which also checks the address a
// name resolves to, is in src/node/webhook-send.ts.
import { targetProblem } from "./targets.js";

export interface Outgoing {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Sends a delivery and answers the receiver's HTTP status; throws when nothing was received. */
export type Send = (req: Outgoing) => Promise<number>;

/** How long a receiver has to answer (Standard Webhooks suggests 15 s), and to accept the connection. */
export const RESPONSE_TIMEOUT_MS = 15_000;
export const CONNECT_TIMEOUT_MS = 3_000;

/** A target refused where it is connected to: recorded as the attempt's error, never sent. */
export class TargetRefused extends Error {}

export function fetchSender(options: { allowPrivate: boolean; fetch?: typeof fetch }): Send {
  return async ({ url, headers, body }) => {
    // Registered targets were checked already; checked again here in case the rules changed since.
    const problem = targetProblem(url, options.allowPrivate);
    if (problem) throw new TargetRefused(`refused: the URL ${problem}`);
    // Looked up at each call, not at start-up: a test (or a runtime) may replace the global fetch.
    const res = await (options.fetch ?? globalThis.fetch)(url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(RESPONSE_TIMEOUT_MS),
    });
    await res.body?.cancel();
    return res.status;
  };
}

// Node's webhook sender: node:http with a DNS lookup that refuses private, loopback and reserved
// addresses, so a name that resolves (or is re-pointed) to one is refused at the moment of connecting,
// not only when it was registered. Redirects are never followed; a connection must be accepted within
// CONNECT_TIMEOUT_MS and answered within RESPONSE_TIMEOUT_MS.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import {
  CONNECT_TIMEOUT_MS,
  RESPONSE_TIMEOUT_MS,
  type Send,
  TargetRefused,
} from "../webhooks/send.js";
import { addressProblem, targetProblem } from "../webhooks/targets.js";

/** Resolves every address of a name (tests pass a stub). */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>;

const systemResolve: Resolve = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses),
    ),
  );

/** A lookup for net.connect that answers only when every address of the name is public. */
export function guardedLookup(resolve: Resolve, allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (addresses) => {
        const bad = allowPrivate ? undefined : addresses.find((a) => addressProblem(a.address));
        if (bad)
          return callback(
            new TargetRefused(
              `refused: ${hostname} resolves to ${bad.address}, which ${addressProblem(bad.address)}`,
            ),
            "",
            4,
          );
        if (addresses.length === 0) return callback(new Error(`${hostname} has no address`), "", 4);
        const wanted =
          options.family === 4 || options.family === 6
            ? addresses.filter((a) => a.family === options.family)
            : addresses;
        if (options.all)
          return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, wanted);
        const first = wanted[0] ?? addresses[0]!;
        callback(null, first.address, first.family);
      },
      (err: Error) => callback(err as NodeJS.ErrnoException, "", 4),
    );
  };
}

export function nodeSender(options: { allowPrivate: boolean; resolve?: Resolve }): Send {
  const lookup = guardedLookup(options.resolve ?? systemResolve, options.allowPrivate);
  return ({ url, headers, body }) =>
    new Promise((resolve, reject) => {
      const problem = targetProblem(url, options.allowPrivate);
      if (problem) return reject(new TargetRefused(`refused: the URL ${problem}`));
      const target = new URL(url);
      const request = target.protocol === "https:" ? httpsRequest : httpRequest;
      const req = request(target, {
        method: "POST",
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
        lookup,
        agent: false,
      });
      const overall = setTimeout(
        () => req.destroy(new Error(`no answer within ${RESPONSE_TIMEOUT_MS} ms`)),
        RESPONSE_TIMEOUT_MS,
      );
      req.on("socket", (socket) => {
        if (!socket.connecting) return;
        const connect = setTimeout(
          () => req.destroy(new Error(`no connection within ${CONNECT_TIMEOUT_MS} ms`)),
          CONNECT_TIMEOUT_MS,
        );
        socket.once("connect", () => clearTimeout(connect));
        socket.once("close", () => clearTimeout(connect));
      });
      req.on("response", (res) => {
        clearTimeout(overall);
        res.resume(); // the body is not read: a receiver's answer is its status
        resolve(res.statusCode ?? 0);
      });
      req.on("error", (e) => {
        clearTimeout(overall);
        reject(e);
      });
      req.end(body);
    });
}

// The HTTP server on Node. Errors Node answers itself, before the app sees the request (headers past
// 16 KB, a malformed request line), get a problem+json body too instead of an empty reply.
import type { Socket } from "node:net";
import { type ServerType, serve } from "@hono/node-server";
import { PROBLEM_CODES, type ProblemCode, problemType } from "../api/errors/index.js";

const CLIENT_ERRORS: Record<string, [code: ProblemCode, detail: string]> = {
  HPE_HEADER_OVERFLOW: [
    "header_too_large",
    "The request's headers pass 16 KB; send fewer or shorter headers.",
  ],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [
    "payload_too_large",
    "The request's chunk extensions are too long.",
  ],
};

function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable) return void socket.destroy();
  const [code, detail] = CLIENT_ERRORS[err.code ?? ""] ?? [
    "malformed_request",
    "The request could not be parsed as HTTP.",
  ];
  const { status, title } = PROBLEM_CODES[code];
  const body = JSON.stringify({ type: problemType(code), code, title, status, detail });
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\ncontent-type: application/problem+json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
      `x-content-type-options: nosniff\r\nconnection: close\r\n\r\n${body}`,
  );
}

export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
  hostname?: string,
): Promise<ServerType> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port, ...(hostname ? { hostname } : {}) }, () => resolve(server));
    server.on("clientError", answerClientError);
  });
}

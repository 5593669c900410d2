// Webhook targets that reach private, loopback, link-local or reserved space in disguise are refused when
// registered, and names are checked again at the moment of connecting — with a stubbed resolver here:
// no request in these tests leaves 127.0.0.1.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { nodeSender } from "../../src/node/webhook-send.js";
import { organization, problem, type Service, service } from "../helpers/service.js";

let s: Service;
let org: Awaited<ReturnType<typeof organization>>;
beforeEach(async () => {
  s = await service();
  org = await organization(s);
});

const DISGUISED = [
  "http://[::ffff:127.0.0.1]:9/x",
  "http://[::]:9/x",
  "http://[::127.0.0.1]:9/x",
  "http://[::ffff:169.254.169.254]/x",
  "http://0.0.0.1:9/x",
  "http://100.64.0.1/x",
  "http://198.18.0.1/x",
  "http://224.0.0.1/x",
  "http://255.255.255.255/x",
  "http://[fec0::1]/x",
  "http://[64:ff9b::7f00:1]/x",
  "http://[2002:7f00:1::]/x",
  "http://127.1:9/x",
  "http://2130706433/x",
  "http://0x7f000001/x",
  "http://[::1]/x",
  "http://10.1.2.3/x",
  "http://169.254.169.254/latest/meta-data",
  "http://[fe80::1]/x",
  "http://[fd00::1]/x",
  "http://192.0.2.1/x",
  "http://240.0.0.1/x",
  "http://[2001:db8::1]/x",
  "http://[2001::1]/x",
  "http://metadata.internal/x",
  "http://printer.local/x",
  "http://intranet/x",
  "http://user:pw@cms.example/x",
];

describe("registering a webhook target", () => {
  it.each(DISGUISED)("refuses %s with a 422 naming url", async (url) => {
    const res = await s.call("POST", "/v1/webhooks", {
      key: org.admin,
      body: { url, events: ["source.added"] },
    });
    expect((await problem(res, 422)).errors[0].path).toBe("url");
  });

  it.each(["https://hooks.example.com/a", "http://8.8.8.8/x", "https://[2606:4700::1111]/x"])(
    "accepts the public %s",
    async (url) => {
      expect(
        (
          await s.call("POST", "/v1/webhooks", {
            key: org.admin,
            body: { url, events: ["source.added"] },
          })
        ).status,
      ).toBe(201);
    },
  );

  it("refuses a private target on PATCH too", async () => {
    const hook = (await (
      await s.call("POST", "/v1/webhooks", {
        key: org.admin,
        body: { url: "https://hooks.example.com/a", events: ["source.added"] },
      })
    ).json()) as any;
    await problem(
      await s.call("PATCH", `/v1/webhooks/${hook.id}`, {
        key: org.admin,
        body: { url: "http://[::ffff:10.0.0.1]/x" },
      }),
      422,
    );
  });
});

describe("sending on Node", () => {
  let server: Server;
  let port: number;
  const hits: string[] = [];
  beforeEach(async () => {
    hits.length = 0;
    server = createServer((req, res) => {
      hits.push(req.url ?? "");
      if (req.url === "/moved")
        return res.writeHead(302, { location: "http://127.0.0.1/elsewhere" }).end();
      req.resume().on("end", () => res.writeHead(204).end());
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => new Promise<void>((r) => server.close(() => r())));
  const delivery = (url: string) => ({
    url,
    headers: { "content-type": "application/json" },
    body: "{}",
  });

  it("refuses a name that resolves to a private address, without connecting", async () => {
    const send = nodeSender({
      allowPrivate: false,
      resolve: async () => [{ address: "127.0.0.1", family: 4 }],
    });
    await expect(send(delivery(`http://hooks.example.com:${port}/in`))).rejects.toThrow(
      /hooks\.example\.com resolves to 127\.0\.0\.1, which is a loopback address/,
    );
    const mixed = nodeSender({
      allowPrivate: false,
      resolve: async () => [
        { address: "8.8.8.8", family: 4 },
        { address: "10.0.0.7", family: 4 },
      ],
    });
    await expect(mixed(delivery(`http://hooks.example.com:${port}/in`))).rejects.toThrow(
      /10\.0\.0\.7/,
    );
    expect(hits).toEqual([]);
  });

  it("refuses an IP literal in private space before any lookup", async () => {
    const send = nodeSender({
      allowPrivate: false,
      resolve: async () => {
        throw new Error("must not resolve");
      },
    });
    await expect(send(delivery(`http://[::ffff:127.0.0.1]:${port}/in`))).rejects.toThrow(/refused/);
    expect(hits).toEqual([]);
  });

  it("connects to the address the guarded lookup chose, and never follows a redirect", async () => {
    const resolve = async () => [{ address: "127.0.0.1", family: 4 }];
    const send = nodeSender({ allowPrivate: true, resolve });
    expect(await send(delivery(`http://hooks.example.com:${port}/in`))).toBe(204);
    expect(await send(delivery(`http://hooks.example.com:${port}/moved`))).toBe(302);
    expect(hits).toEqual(["/in", "/moved"]);
  });
});

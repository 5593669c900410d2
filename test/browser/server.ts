// `npm start` for the browser tests: a fresh database in a temp folder, a known operator key, a free port.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Running {
  base: string;
  operatorKey: string;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

export async function startServer(): Promise<Running> {
  const dir = mkdtempSync(join(tmpdir(), "factdesk-desk-"));
  const port = await freePort();
  const operatorKey = `fdk_browser_operator_${Date.now()}`;
  const child: ChildProcess = spawn("npm", ["start"], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${join(dir, "factdesk.db")}`,
      FACTDESK_ADMIN_KEY: operatorKey,
      FACTDESK_EXTRACT_THREADS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {}
    if (i > 150 || child.exitCode !== null) throw new Error(`npm start did not answer:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    base,
    operatorKey,
    async stop() {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An organisation over the API, with a key of each role. */
export async function newsroom(run: Running) {
  const call = async (key: string, path: string, body: unknown) => {
    const res = await fetch(run.base + path, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    return (await res.json()) as Record<string, string>;
  };
  const org = await call(run.operatorKey, "/v1/organizations", { name: "Desk newsroom" });
  const key = async (role: string) =>
    (await call(org.adminKey!, "/v1/keys", { name: `${role} desk`, role })).key!;
  return { admin: org.adminKey!, editor: await key("editor"), viewer: await key("viewer") };
}

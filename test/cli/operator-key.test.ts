// Operator keys: FACTDESK_ADMIN_KEY rotation revokes the key it replaces; `npm run operator-key` mints a
// new one in the server's database, the way back in when the operator key is lost.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, onTestFinished } from "vitest";
import { createApp } from "../../src/api/app.js";
import { openDatabase } from "../../src/store/node-database.js";
import { ensureOperator } from "../../src/store/organizations.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function database() {
  const dir = mkdtempSync(join(tmpdir(), "factdesk-operator-"));
  const url = `file:${join(dir, "db.sqlite")}`;
  const { db, close } = await openDatabase(url);
  onTestFinished(() => (close(), rmSync(dir, { recursive: true, force: true })));
  const app = createApp({ database: () => db });
  const status = async (key: string) =>
    (await app.request("/v1/organizations", { headers: { authorization: `Bearer ${key}` } }))
      .status;
  return { db, url, status };
}

describe("operator keys", () => {
  it("rotating FACTDESK_ADMIN_KEY revokes the previous env-provided key, and rotating back restores it", async () => {
    const { db, status } = await database();
    await ensureOperator(db, "fd_operator_first");
    expect(await status("fd_operator_first")).toBe(200);
    await ensureOperator(db, "fd_operator_second");
    expect(await status("fd_operator_second")).toBe(200);
    expect(await status("fd_operator_first")).toBe(401);
    await ensureOperator(db, "fd_operator_first");
    expect(await status("fd_operator_first")).toBe(200);
    expect(await status("fd_operator_second")).toBe(401);
  });

  it("the key printed on a first start without FACTDESK_ADMIN_KEY is superseded once the variable is set", async () => {
    const { db, status } = await database();
    const printed = (await ensureOperator(db))!;
    expect(await status(printed)).toBe(200);
    expect(await ensureOperator(db)).toBeNull(); // a restart prints nothing new
    await ensureOperator(db, "fd_operator_chosen");
    expect(await status(printed)).toBe(401);
  });

  it("npm run operator-key mints a working key that a later rotation leaves alone", async () => {
    const { db, url, status } = await database();
    await ensureOperator(db, "fd_operator_env");
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/operator-key.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 30_000,
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(r.status).toBe(0);
    const key = r.stdout.trim();
    expect(key).toMatch(/^fdk_[0-9A-Za-z]{32}$/);
    expect(r.stderr).toContain("shown once");
    expect(await status(key)).toBe(200);
    await ensureOperator(db, "fd_operator_rotated");
    expect(await status(key)).toBe(200);
    expect(await status("fd_operator_env")).toBe(401);
  });
});

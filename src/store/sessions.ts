// The desk's sessions and the secret that signs their cookies. A session is found by the SHA-256 of its
// token and only while its key is unrevoked and it has not expired.
import { and, eq, gt, isNull, lte } from "drizzle-orm";
import { apiKeys, deskSessions, serviceSecrets } from "../../db/schema.js";
import type { Database } from "./db.js";
import type { Caller } from "./organizations.js";
import { sha256Hex } from "./secrets.js";

export interface Session {
  caller: Caller;
  csrf: string;
  expiresAt: string;
}

function randomToken(bytes = 32): string {
  const raw = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...raw))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Starts a session for a key; sweeps expired ones on the way (each sign-in pays for a few rows). */
export async function createSession(
  db: Database,
  keyId: string,
  ttlMs: number,
  now = new Date(),
): Promise<{ token: string; csrf: string; expiresAt: string }> {
  const token = randomToken();
  const csrf = randomToken(24);
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString();
  await db.batch([
    db.delete(deskSessions).where(lte(deskSessions.expiresAt, now.toISOString())),
    db.insert(deskSessions).values({ id: await sha256Hex(token), keyId, csrf, expiresAt }),
  ]);
  return { token, csrf, expiresAt };
}

export async function sessionByToken(
  db: Database,
  token: string,
  now = new Date(),
): Promise<Session | null> {
  const [row] = await db
    .select({
      keyId: apiKeys.id,
      keyName: apiKeys.name,
      orgId: apiKeys.orgId,
      role: apiKeys.role,
      csrf: deskSessions.csrf,
      expiresAt: deskSessions.expiresAt,
    })
    .from(deskSessions)
    .innerJoin(apiKeys, eq(apiKeys.id, deskSessions.keyId))
    .where(
      and(
        eq(deskSessions.id, await sha256Hex(token)),
        gt(deskSessions.expiresAt, now.toISOString()),
        isNull(apiKeys.revokedAt),
      ),
    )
    .limit(1);
  if (!row) return null;
  const { csrf, expiresAt, ...caller } = row;
  return { caller, csrf, expiresAt };
}

export async function deleteSession(db: Database, token: string): Promise<void> {
  await db.delete(deskSessions).where(eq(deskSessions.id, await sha256Hex(token)));
}

/** A secret made once per database and kept: every process and isolate reading it gets the same one. */
export async function serviceSecret(db: Database, name: string): Promise<string> {
  await db
    .insert(serviceSecrets)
    .values({ name, value: randomToken(32) })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: serviceSecrets.value })
    .from(serviceSecrets)
    .where(eq(serviceSecrets.name, name));
  return row!.value;
}

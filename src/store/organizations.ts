// Organisations and API keys: all SQL about who may call.
import { and, asc, eq, inArray, isNull, ne } from "drizzle-orm";
import { apiKeys, organizations } from "../../db/schema.js";
import type { Role } from "./constants.js";
import { after, type Cursor } from "./cursor.js";
import type { Database } from "./db.js";
import { newId } from "./ids.js";
import { newApiKey, sha256Hex } from "./secrets.js";

export type { Role } from "./constants.js";

export interface Caller {
  keyId: string;
  keyName: string;
  orgId: string | null;
  role: Role;
}

export async function callerByHash(db: Database, hash: string): Promise<Caller | null> {
  const [row] = await db
    .select({ keyId: apiKeys.id, keyName: apiKeys.name, orgId: apiKeys.orgId, role: apiKeys.role })
    .from(apiKeys)
    .where(and(eq(apiKeys.hash, hash), isNull(apiKeys.revokedAt)))
    .limit(1);
  return row ?? null;
}

export async function createOrganization(db: Database, name: string) {
  const org = { id: newId("org"), name };
  const adminKey = newApiKey();
  const key = {
    id: newId("key"),
    orgId: org.id,
    name: "admin",
    role: "admin" as const,
    hash: await sha256Hex(adminKey),
  };
  const [[created]] = await db.batch([
    db.insert(organizations).values(org).returning(),
    db.insert(apiKeys).values(key),
  ]);
  return { ...created!, adminKey };
}

export function listOrganizations(db: Database, cursor: Cursor | null, limit: number) {
  return db
    .select()
    .from(organizations)
    .where(after(organizations, cursor))
    .orderBy(asc(organizations.createdAt), asc(organizations.id))
    .limit(limit + 1);
}

export async function getOrganization(db: Database, id: string) {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, id)).limit(1);
  return row ?? null;
}

const keyColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  role: apiKeys.role,
  createdAt: apiKeys.createdAt,
  revokedAt: apiKeys.revokedAt,
};

export async function createKey(db: Database, orgId: string | null, name: string, role: Role) {
  const key = newApiKey();
  const [row] = await db
    .insert(apiKeys)
    .values({ id: newId("key"), orgId, name, role, hash: await sha256Hex(key) })
    .returning(keyColumns);
  return { ...row!, key };
}

export function listKeys(db: Database, orgId: string, cursor: Cursor | null, limit: number) {
  return db
    .select(keyColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt), after(apiKeys, cursor)))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id))
    .limit(limit + 1);
}

/** Revokes at once; false when the key is not the organisation's or already revoked. */
export async function revokeKey(db: Database, orgId: string, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ revokedAt: new Date().toISOString() })
    .where(and(eq(apiKeys.id, id), eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}

/** How an operator key came to be: its name says, so rotating FACTDESK_ADMIN_KEY can revoke the keys it
 *  supersedes and keep the ones minted by hand (`npm run operator-key`, the recovery path). */
export const OPERATOR_KEY_NAMES = {
  firstStart: "operator",
  env: "operator (FACTDESK_ADMIN_KEY)",
  minted: "operator (npm run operator-key)",
} as const;

/** The operator key on start. Given one (FACTDESK_ADMIN_KEY), it is registered and every earlier
 *  env-provided or first-start operator key is revoked: rotating the variable rotates the key. Without
 *  one, a fresh database gets a new key, returned so the caller can print it once. */
export async function ensureOperator(db: Database, given?: string): Promise<string | null> {
  if (given) {
    const hash = await sha256Hex(given);
    const superseded = and(
      eq(apiKeys.role, "operator"),
      isNull(apiKeys.revokedAt),
      ne(apiKeys.hash, hash),
      inArray(apiKeys.name, [OPERATOR_KEY_NAMES.env, OPERATOR_KEY_NAMES.firstStart]),
    );
    await db.batch([
      db
        .insert(apiKeys)
        .values({
          id: newId("key"),
          orgId: null,
          name: OPERATOR_KEY_NAMES.env,
          role: "operator",
          hash,
        })
        .onConflictDoNothing(),
      // Rotating back to an earlier key brings it back.
      db
        .update(apiKeys)
        .set({ revokedAt: null })
        .where(and(eq(apiKeys.hash, hash), eq(apiKeys.role, "operator"))),
      db.update(apiKeys).set({ revokedAt: new Date().toISOString() }).where(superseded),
    ]);
    return null;
  }
  const [existing] = await db
    .select({ id: apiKeys.id })
    .from(apiKeys)
    .where(and(eq(apiKeys.role, "operator"), isNull(apiKeys.revokedAt)))
    .limit(1);
  if (existing) return null;
  return (await createKey(db, null, OPERATOR_KEY_NAMES.firstStart, "operator")).key;
}

/** A new operator key, whatever else exists: the way back in when every other is lost. */
export const mintOperatorKey = async (db: Database) =>
  (await createKey(db, null, OPERATOR_KEY_NAMES.minted, "operator")).key;

export async function organizationName(db: Database, orgId: string): Promise<string> {
  const [row] = await db
    .select({ name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .limit(1);
  return row?.name ?? orgId;
}

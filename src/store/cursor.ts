// Opaque list cursors over (created_at, id): base64url JSON, so clients never build offsets.
import { and, eq, gt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
export interface Cursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: Cursor): string {
  return btoa(JSON.stringify([c.createdAt, c.id])).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The cursor, or null when the string is not one of ours. */
export function decodeCursor(raw: string): Cursor | null {
  try {
    const json = atob(raw.replace(/-/g, "+").replace(/_/g, "/"));
    const [createdAt, id] = JSON.parse(json) as unknown[];
    return typeof createdAt === "string" && typeof id === "string" ? { createdAt, id } : null;
  } catch {
    return null;
  }
}

/** A page of `limit` rows from `limit + 1` fetched: the extra row says there is a next page. */
export function page<T extends { createdAt: string; id: string }>(rows: T[], limit: number) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

/** Rows after the cursor in (created_at, id) order; no condition without a cursor. */
export function after(t: { createdAt: SQLiteColumn; id: SQLiteColumn }, cursor: Cursor | null): SQL | undefined {
  return cursor ? or(gt(t.createdAt, cursor.createdAt), and(eq(t.createdAt, cursor.createdAt), gt(t.id, cursor.id))) : undefined;
}

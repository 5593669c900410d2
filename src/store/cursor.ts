// Opaque list cursors: base64url JSON, so clients never build offsets. Lists run over (created_at, id);
// claims can also run by check-worthiness, highest first, with a cursor of their own kind.
import { and, eq, gt, lt, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
export interface Cursor {
  createdAt: string;
  id: string;
}

/** A place in a list ordered by check-worthiness, highest first, ties by id. */
export interface ScoreCursor {
  score: number;
  id: string;
}

const toBase64url = (parts: unknown[]) =>
  btoa(JSON.stringify(parts)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");

function fromBase64url(raw: string): unknown[] | null {
  try {
    const parts: unknown = JSON.parse(atob(raw.replace(/-/g, "+").replace(/_/g, "/")));
    return Array.isArray(parts) ? parts : null;
  } catch {
    return null;
  }
}

export const encodeCursor = (c: Cursor): string => toBase64url([c.createdAt, c.id]);

/** The cursor, or null when the string is not one of ours. */
export function decodeCursor(raw: string): Cursor | null {
  const parts = fromBase64url(raw);
  if (parts?.length !== 2) return null;
  const [createdAt, id] = parts;
  return typeof createdAt === "string" && typeof id === "string" ? { createdAt, id } : null;
}

// The leading tag keeps a score cursor from passing for a date cursor and the other way round.
export const encodeScoreCursor = (c: ScoreCursor): string => toBase64url(["score", c.score, c.id]);

export function decodeScoreCursor(raw: string): ScoreCursor | null {
  const parts = fromBase64url(raw);
  if (parts?.length !== 3 || parts[0] !== "score") return null;
  const [, score, id] = parts;
  return typeof score === "number" && Number.isFinite(score) && typeof id === "string"
    ? { score, id }
    : null;
}

/** A page of `limit` rows from `limit + 1` fetched: the extra row says there is a next page. */
function pageWith<T>(rows: T[], limit: number, cursorAt: (last: T) => string) {
  const data = rows.slice(0, limit);
  const last = data[data.length - 1];
  return { data, nextCursor: rows.length > limit && last ? cursorAt(last) : null };
}

export const page = <T extends { createdAt: string; id: string }>(rows: T[], limit: number) =>
  pageWith(rows, limit, encodeCursor);

export const pageByScore = <T extends { checkworthiness: number; id: string }>(
  rows: T[],
  limit: number,
) =>
  pageWith(rows, limit, (last) => encodeScoreCursor({ score: last.checkworthiness, id: last.id }));

/** Rows after the cursor in (created_at, id) order; no condition without a cursor. */
export function after(
  t: { createdAt: SQLiteColumn; id: SQLiteColumn },
  cursor: Cursor | null,
): SQL | undefined {
  return cursor
    ? or(
        gt(t.createdAt, cursor.createdAt),
        and(eq(t.createdAt, cursor.createdAt), gt(t.id, cursor.id)),
      )
    : undefined;
}

/** Rows after the cursor in (score descending, id) order; no condition without a cursor. */
export function afterScore(
  t: { score: SQLiteColumn; id: SQLiteColumn },
  cursor: ScoreCursor | null,
): SQL | undefined {
  return cursor
    ? or(lt(t.score, cursor.score), and(eq(t.score, cursor.score), gt(t.id, cursor.id)))
    : undefined;
}

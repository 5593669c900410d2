// List paging shared by every list route: `limit` (1..100, default 20) and an opaque `cursor`.
import { z } from "@hono/zod-openapi";
import { type Cursor, decodeCursor } from "../store/cursor.js";
import { Problem } from "./problem.js";

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z.string().max(512).optional().openapi({ description: "nextCursor of the previous page" }),
};

export function cursorOf(raw: string | undefined): Cursor | null {
  if (raw === undefined) return null;
  const cursor = decodeCursor(raw);
  if (!cursor) throw new Problem(400, "Invalid cursor", "cursor is not a value this API returned.", [{ path: "cursor", message: "not a cursor from this API" }]);
  return cursor;
}

export const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ data: z.array(item), nextCursor: z.string().nullable() });

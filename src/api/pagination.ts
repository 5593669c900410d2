// List paging shared by every list route: `limit` (1..100, default 20) and an opaque `cursor`.
import { z } from "@hono/zod-openapi";
import { type Cursor, decodeCursor, decodeScoreCursor, type ScoreCursor } from "../store/cursor.js";
import { Problem } from "./errors/index.js";

export const PageQuery = {
  limit: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
  cursor: z
    .string()
    .max(512)
    .optional()
    .openapi({ description: "nextCursor of the previous page" }),
};

function parse<T>(raw: string | undefined, decode: (raw: string) => T | null): T | null {
  if (raw === undefined) return null;
  const cursor = decode(raw);
  if (!cursor) {
    throw new Problem(
      "invalid_cursor",
      "cursor is not a value this API returned for this list and order.",
      {
        errors: [{ path: "cursor", message: "not a cursor from this list in this order" }],
      },
    );
  }
  return cursor;
}

export const cursorOf = (raw: string | undefined): Cursor | null => parse(raw, decodeCursor);
export const scoreCursorOf = (raw: string | undefined): ScoreCursor | null =>
  parse(raw, decodeScoreCursor);

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });

// Reading form posts: strings only (a file field is read by its own handler), blanks dropped.
import type { Context } from "hono";

export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === "string") out[k] = v;
  return out;
}

/** The named fields that were filled in, trimmed. */
export function filled<K extends string>(
  form: Record<string, string>,
  names: readonly K[],
): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const n of names) {
    const v = form[n]?.trim();
    if (v) out[n] = v;
  }
  return out;
}

/** A problem's HTTP status as a page's: the API's 4xx answers pass through, anything else is a 422. */
export const pageStatus = (status: number) =>
  ([401, 403, 404, 409, 412, 422] as const).find((s) => s === status) ?? 422;

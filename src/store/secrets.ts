// API keys: random, shown once, stored only as their SHA-256.
const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function newApiKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let out = "fdk_";
  for (const b of bytes) out += BASE62[b % 62];
  return out;
}

export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** Fields of a response that carry a secret shown once: a new API key, an organisation's first admin key,
 *  a webhook's signing secret. */
const SECRET_FIELDS = new Set(["key", "adminKey", "secret"]);
export const REDACTED = "[redacted: shown once, in the first response]";

/** A JSON response body with every secret field blanked, for keeping (idempotent replays). */
export function redactSecrets(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), (field, value) =>
      SECRET_FIELDS.has(field) && typeof value === "string" ? REDACTED : value,
    );
  } catch {
    return body;
  }
}

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

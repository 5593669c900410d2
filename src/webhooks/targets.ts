// Where webhooks may point: http(s) only, and never at private or loopback addresses (a server must not be
// made to call into its own network), unless local testing allows it (FACTDESK_WEBHOOK_ALLOW_PRIVATE=1).
const PRIVATE_HOST =
  /^(?:localhost|.*\.localhost|.*\.internal|0\.0\.0\.0|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|\[?::1\]?|\[?f[cd][0-9a-f]{2}:.*|\[?fe80:.*)$/i;

/** Why a URL may not be a webhook target, or null when it may. */
export function targetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http or https URL";
  if (!allowPrivate && PRIVATE_HOST.test(url.hostname)) return "must not point at a private or loopback address";
  return null;
}

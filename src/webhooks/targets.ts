// Where webhooks may point: http(s) URLs of public hosts only, so the server is never made to call into
// its own network (cloud metadata, admin ports, the database). IP literals are parsed, not matched by a
// pattern, so every spelling of an address ("127.1", "0x7f000001", "[::ffff:127.0.0.1]") is judged as
// the address it is. Names are judged where the connection is made (src/node/webhook-send.ts): what a
// name resolves to can change after it is registered. FACTDESK_WEBHOOK_ALLOW_PRIVATE=1 (local testing)
// lifts the address rules.
import ipaddr from "ipaddr.js";

// Hostnames that never leave the machine or the site's own network, whatever DNS says.
const LOCAL_NAME = /(?:^|\.)(?:localhost|local|internal|intranet|lan|home\.arpa|localdomain)\.?$/i;

/** Why an address may not be connected to, or null for a public unicast address. */
export function addressProblem(address: string): string | null {
  if (!ipaddr.isValid(address)) return "is not an IP address";
  const ip = ipaddr.parse(address);
  const range = ip.range();
  // IPv6 must be global unicast (2000::/3): that leaves out the IPv4-compatible ::/96 and every other
  // special block, including those that embed an IPv4 address (mapped, NAT64, 6to4, Teredo).
  if (ip.kind() === "ipv6" && !ip.match(ipaddr.parseCIDR("2000::/3")))
    return `is a special-purpose address (${range})`;
  return range === "unicast" ? null : `is a ${range} address`;
}

/** The URL's host as an IP address, when it is written as one. */
function literalAddress(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  return ipaddr.isValid(host) ? host : null;
}

/** Why a URL may not be a webhook target, or null when it may. */
export function targetProblem(raw: string, allowPrivate: boolean): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "must be an absolute URL";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must be an http or https URL";
  if (url.username || url.password) return "must not carry credentials";
  if (allowPrivate) return null;
  const address = literalAddress(url);
  if (address) {
    const problem = addressProblem(address);
    return problem
      ? `must not point at a private, loopback or reserved address: ${address} ${problem}`
      : null;
  }
  if (LOCAL_NAME.test(url.hostname) || !url.hostname.includes("."))
    return "must name a public host";
  return null;
}

// Prefixed, time-sortable ids ("art_01JD…"): 10 characters of milliseconds and 16 of randomness, in
// Crockford base32. Within one millisecond the random part counts up, so ids made in a batch sort in
// the order they were made.
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

let lastTime = -1;
const lastRandom = new Uint8Array(16);

function encodeTime(ms: number): string {
  let out = "";
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32]! + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function nextRandom(now: number): Uint8Array {
  if (now === lastTime) {
    for (let i = 15; i >= 0; i--) {
      lastRandom[i] = (lastRandom[i]! + 1) % 32;
      if (lastRandom[i] !== 0) break;
    }
  } else {
    crypto.getRandomValues(lastRandom);
    for (let i = 0; i < 16; i++) lastRandom[i]! %= 32;
    lastRandom[0]! &= 0x0f; // headroom so counting up never overflows the width
    lastTime = now;
  }
  return lastRandom;
}

export type IdPrefix = "org" | "key" | "art" | "clm" | "src" | "evt" | "whk" | "dlv" | "msg" | "fc";

export function newId(prefix: IdPrefix, now = Date.now()): string {
  const random = nextRandom(now);
  let tail = "";
  for (const b of random) tail += ALPHABET[b];
  return `${prefix}_${encodeTime(now)}${tail}`;
}

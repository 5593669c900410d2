// Callers by key hash, kept in one process so a read does not pay a key lookup each time. Revoking a
// key through this process forgets it at once; the Node entry uses it (one process), Workers do not
// (isolates do not share memory, so a revocation could not reach the others).
import type { Caller } from "../store/organizations.js";

export class CallerCache {
  private readonly byHash = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly ttlMs = 60_000) {}

  get(hash: string): Caller | null {
    const hit = this.byHash.get(hash);
    if (!hit || hit.until < Date.now()) return null;
    return hit.caller;
  }

  set(hash: string, caller: Caller): void {
    if (this.byHash.size > 10_000) this.byHash.clear();
    this.byHash.set(hash, { caller, until: Date.now() + this.ttlMs });
  }

  forgetKey(keyId: string): void {
    for (const [hash, { caller }] of this.byHash) if (caller.keyId === keyId) this.byHash.delete(hash);
  }
}

// Callers by key, kept in one process so a read pays neither a hash nor a key lookup each time. Revoking a
// key through this process forgets it at once; the Node entry uses it (one process), Workers do not
// (isolates do not share memory, so a revocation could not reach the others).
import type { Caller } from "../store/organizations.js";

export class CallerCache {
  private readonly byKey = new Map<string, { caller: Caller; until: number }>();

  constructor(private readonly ttlMs = 60_000) {}

  get(key: string): Caller | null {
    const hit = this.byKey.get(key);
    if (!hit || hit.until < Date.now()) return null;
    return hit.caller;
  }

  set(key: string, caller: Caller): void {
    if (this.byKey.size > 10_000) this.byKey.clear();
    this.byKey.set(key, { caller, until: Date.now() + this.ttlMs });
  }

  forgetKey(keyId: string): void {
    for (const [key, { caller }] of this.byKey) if (caller.keyId === keyId) this.byKey.delete(key);
  }
}

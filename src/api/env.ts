// The variables every request carries through the app.

import type { Database } from "../store/db.js";
import type { Caller } from "../store/organizations.js";
import type { CallerCache } from "./caller-cache.js";
import type { Extractor } from "./extractor.js";

export interface AppEnv {
  Variables: {
    requestId: string;
    db: Database;
    caller: Caller;
    /** Where extraction runs: inline, or on Node's worker pool. */
    extractor: Extractor;
    /** Present where callers are cached (Node): revoking a key must forget it. */
    callerCache?: CallerCache;
  };
}

/** A caller that belongs to an organisation (every key but the operator's). */
export type OrgCaller = Caller & { orgId: string };

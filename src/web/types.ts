// The API's answers as the desk reads them: inferred from the same route contracts the API answers with.
import type { z } from "@hono/zod-openapi";
import type { claimMatches } from "../api/claims/claims.routes.js";
import type { claimHistory } from "../api/claims/workflow.routes.js";
import type { importFactchecks, searchFactchecks } from "../api/factchecks/factchecks.routes.js";
import type { Source } from "../api/sources/sources.routes.js";
import type { Factcheck } from "../contracts/claimreview.js";
import type { Article, StoredClaim } from "../contracts/resources.js";

type Answer<R> = R extends {
  responses: { 200: { content: { "application/json": { schema: infer S extends z.ZodType } } } };
}
  ? z.infer<S>
  : never;

export type Claim = z.infer<typeof StoredClaim>;
export type ArticleData = z.infer<typeof Article>;
export type SourceData = z.infer<typeof Source>;
export type FactcheckData = z.infer<typeof Factcheck>;
export type Matches = Answer<typeof claimMatches>;
export type History = Answer<typeof claimHistory>["data"];
export type ImportResult = Answer<typeof importFactchecks>;
export type SearchResult = Answer<typeof searchFactchecks>["data"];
export interface PageOf<T> {
  data: T[];
  nextCursor: string | null;
}

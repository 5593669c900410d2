// How the API runs extraction: in the request's own thread (Workers, tests), or off it (Node's pool in
// src/node/extract-pool.ts), so one long article never stalls every other request.
import {
  articleFromHtml,
  type ExtractInput,
  type Extraction,
  extractClaims,
  type HtmlArticle,
} from "../extract/index.js";

export interface Extractor {
  claims(input: ExtractInput): Promise<Extraction>;
  /** Throws HtmlTooComplex for a page past HTML_LIMITS. */
  page(html: string): Promise<HtmlArticle>;
}

/** A text that was not read within the per-request budget. */
export class ExtractionBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`could not be read within the ${budgetMs} ms extraction budget`);
  }
}

export const inlineExtractor: Extractor = {
  claims: async (input) => extractClaims(input),
  page: async (html) => articleFromHtml(html),
};

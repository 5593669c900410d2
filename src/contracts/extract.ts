// What a caller may submit for extraction: shared by the CLI and `POST /v1/extract`.
import { z } from "zod";

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/, "must be an ISO 8601 date")
  .refine((v) => !Number.isNaN(Date.parse(v.length === 10 ? `${v}T00:00:00Z` : v)), "is not a real date");

export const ExtractRequest = z.object({
  text: z.string().max(2_000_000, "must be at most 2,000,000 characters"),
  publishedAt: isoDate.nullish(),
  title: z.string().max(1000).nullish(),
  url: z.string().max(2048).nullish(),
});
export type ExtractRequest = z.infer<typeof ExtractRequest>;

/** zod issues as `{path, message}` pairs, the form problem details and the CLI report. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join(".") || "(root)", message: i.message }));
}

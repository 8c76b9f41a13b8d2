import { z } from 'zod';

/**
 * One line of JSONL input: an article with `text` and optional metadata. Extra fields (`id`, `extracted`)
 * are allowed and ignored; `null` counts as absent (the Saudi corpus has `"author": null`).
 */
export const JsonlArticleSchema = z.looseObject({
  text: z.string(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  published: z.string().nullish(),
  source: z.string().nullish(),
  author: z.string().nullish(),
});

/** A JSONL article row. */
export type JsonlArticle = z.infer<typeof JsonlArticleSchema>;

/** A failed input item with its reason. */
export const IngestFailureSchema = z.object({ origin: z.string(), reason: z.string() });

/** The summary `isnad ingest --json` prints as its last line. */
export const IngestSummarySchema = z.object({
  added: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});

/** The ingest summary: `{"added": N, "duplicates": N, "failed": N}`. */
export type IngestSummary = z.infer<typeof IngestSummarySchema>;

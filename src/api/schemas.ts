import { z } from 'zod';
import { AnalysisSchema } from '../contracts/index.js';
import { toDay } from '../app/index.js';

/** The named schemas of the API: the `components.schemas` of the OpenAPI document. */
export const API_SCHEMAS = z.registry<{ id: string; description?: string }>();
API_SCHEMAS.add(AnalysisSchema, { id: 'Analysis', description: 'The analysis of one article, isnad/analysis@1.' });

// The API's payloads. Every request is validated with these; the OpenAPI document is generated from them
// (src/api/openapi.ts), so the document and the validation cannot drift apart.

const DAY = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** A publication date as feeds and pages write it (`2015-07-21`, an ISO timestamp, RFC 822): kept as its day. */
const PUBLISHED = z.string().refine((v) => toDay(v) !== null, 'expected a date: YYYY-MM-DD, an ISO timestamp or an RFC 822 date');
const STANCE = z.enum(['asserts', 'denies', 'hedges', 'concern']);
const LIMIT = (max: number, dflt: number) => z.coerce.number().int().min(1).max(max).default(dflt);
const TEXT = z.string().min(1, 'text is empty').refine((t) => t.trim() !== '', 'text is only white space');
const OPTIONAL_TEXT = z.string().nullish();
const SPAN = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

/** POST /api/analyze (JSON form; `text/plain` bodies are the text itself). */
export const AnalyzeRequestSchema = z
  .object({ text: TEXT, title: OPTIONAL_TEXT, published: DAY.nullish() })
  
  .register(API_SCHEMAS, { id: 'AnalyzeRequest', description: 'An article to analyse without storing it.' });

/** One article to add (JSON form, and each line of a JSONL batch). */
export const ArticleInputSchema = z
  .object({ text: TEXT, title: OPTIONAL_TEXT, url: OPTIONAL_TEXT, published: PUBLISHED.nullish(), source: OPTIONAL_TEXT, author: OPTIONAL_TEXT })
  
  .register(API_SCHEMAS, { id: 'ArticleInput', description: 'An article: the text and what is known about it.' });

/** Query of POST /api/articles: `wait`, and for `text/plain` and `text/html` bodies the metadata the body cannot carry. */
export const ArticleMetaQuerySchema = z.object({
  wait: z.enum(['0', '1', 'true', 'false']).optional().describe('1: answer once near-duplicates and claims are re-tracked (else they run after the response).'),
  title: z.string().optional(),
  url: z.string().optional(),
  published: PUBLISHED.optional(),
  source: z.string().optional(),
});

/** What happened to one added article. */
export const AddedItemSchema = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('added'), articleId: z.number().int(), version: z.number().int() }),
    z.object({ status: z.literal('duplicate'), articleId: z.number().int() }),
    z.object({ status: z.literal('failed'), line: z.number().int().optional(), reason: z.string() }),
  ])
  
  .register(API_SCHEMAS, { id: 'AddedItem' });

/** Response of POST /api/articles. */
export const AddArticlesResponseSchema = z
  .object({
    added: z.number().int(),
    duplicates: z.number().int(),
    failed: z.number().int(),
    items: z.array(AddedItemSchema),
    tracking: z.enum(['done', 'pending', 'none']).describe('Whether the cross-article passes (near-duplicates, claims) have run.'),
  })
  
  .register(API_SCHEMAS, { id: 'AddArticlesResponse' });

/** A stored article's metadata and text. */
export const ArticleSchema = z
  .object({
    id: z.number().int(),
    text: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    source: z.string().nullable(),
    published: z.string().nullable(),
    author: z.string().nullable(),
    language: z.string().nullable(),
    version: z.number().int(),
    latest: z.boolean(),
    duplicateGroup: z.number().int().nullable(),
  })
  
  .register(API_SCHEMAS, { id: 'Article' });

/** GET /api/articles/{id}. */
export const ArticleDetailSchema = z
  .object({
    article: ArticleSchema,
    analysis: AnalysisSchema.nullable(),
    analysisError: z.string().nullable().describe('Why the analysis failed, when it did.'),
    duplicates: z.array(z.number().int()).describe('Other articles of the same near-duplicate group (syndicated copies).'),
  })
  
  .register(API_SCHEMAS, { id: 'ArticleDetail' });

/** GET /api/search query. */
export const SearchParamsSchema = z.object({
  q: z.string().min(1, 'q is empty'),
  from: DAY.optional(),
  to: DAY.optional(),
  source: z.string().optional(),
  entity: z.string().optional(),
  speaker: z.string().optional(),
  stance: STANCE.optional(),
  limit: LIMIT(100, 20),
  cursor: z.string().optional(),
});

/** One search result. */
export const SearchHitSchema = z
  .object({
    articleId: z.number().int(),
    title: z.string().nullable(),
    snippet: z.string().describe('Text around the best match with matched words between [ and ].'),
    score: z.number(),
    source: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    snippetSpan: SPAN,
    highlights: z.array(SPAN).describe('Matched words: UTF-16 half-open spans into the article text.'),
  })
  
  .register(API_SCHEMAS, { id: 'SearchHit' });

/** Filters of GET /api/claims (and of the claims board). */
export const ClaimParamsSchema = z.object({
  entity: z.string().optional(),
  source: z.string().optional(),
  stance: STANCE.optional(),
  from: DAY.optional(),
  to: DAY.optional(),
  limit: LIMIT(200, 50),
  cursor: z.string().optional(),
});

/** A source's position on a claim: the strongest stance it took, and in how many articles. */
export const SourceStanceSchema = z
  .object({ source: z.string(), stance: STANCE.nullable(), articles: z.number().int(), lastDate: z.string().nullable() })
  
  .register(API_SCHEMAS, { id: 'SourceStance' });

/** One speaker's position on a claim. */
export const SpeakerStanceSchema = z
  .object({ speaker: z.string(), stance: STANCE.nullable(), count: z.number().int() })
  
  .register(API_SCHEMAS, { id: 'SpeakerStance' });

/** A row of the claims board: a tracked claim with the sources that carry it. */
export const ClaimRowSchema = z
  .object({
    id: z.number().int(),
    text: z.string(),
    articles: z.number().int(),
    sources: z.number().int().describe('Independent sources: syndicated copies of one story count once.'),
    outlets: z.number().int(),
    firstDate: z.string().nullable(),
    lastDate: z.string().nullable(),
    bySource: z.array(SourceStanceSchema),
    bySpeaker: z.array(SpeakerStanceSchema),
  })
  
  .register(API_SCHEMAS, { id: 'ClaimRow' });

/** One line of a claim's timeline, with the sentence it comes from. */
export const TimelineItemSchema = z
  .object({
    date: z.string().nullable(),
    articleId: z.number().int(),
    title: z.string().nullable(),
    source: z.string().nullable(),
    speaker: z.string().nullable(),
    stance: STANCE.nullable(),
    content: z.string().nullable(),
    quoteId: z.string().nullable().describe('The quote of the article analysis, when found.'),
    sentence: z.number().int().nullable().describe('Index of the sentence in the article analysis.'),
    href: z.string().describe('The article page, anchored at the sentence.'),
  })
  
  .register(API_SCHEMAS, { id: 'TimelineItem' });

/** GET /api/claims/{id}. */
export const ClaimDetailSchema = z
  .object({ claim: ClaimRowSchema, timeline: z.array(TimelineItemSchema) })
  
  .register(API_SCHEMAS, { id: 'ClaimDetail' });

/** GET /api/entities query. */
export const EntityParamsSchema = z.object({
  q: z.string().default(''),
  limit: LIMIT(200, 50),
  cursor: z.string().optional(),
});

/** An entity merged across articles. */
export const EntitySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    type: z.string(),
    aliases: z.array(z.string()),
    articles: z.number().int(),
    mentions: z.number().int(),
  })
  
  .register(API_SCHEMAS, { id: 'Entity' });

/** Something an entity was quoted saying. */
export const StatementSchema = z
  .object({
    articleId: z.number().int(),
    title: z.string().nullable(),
    published: z.string().nullable(),
    source: z.string().nullable(),
    stance: STANCE,
    kind: z.string(),
    content: z.string(),
    contentSpan: SPAN,
  })
  
  .register(API_SCHEMAS, { id: 'Statement' });

/** GET /api/entities/{id}. */
export const EntityDetailSchema = z
  .object({
    entity: EntitySchema,
    roles: z.array(z.string()),
    statements: z.array(StatementSchema),
    claims: z.array(ClaimRowSchema),
  })
  
  .register(API_SCHEMAS, { id: 'EntityDetail' });

/** A page of a list. */
export function pageSchema<T extends z.ZodType>(item: T, id: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last.') })
  .register(API_SCHEMAS, { id });
}

export const SearchPageSchema = pageSchema(SearchHitSchema, 'SearchPage');
export const ClaimPageSchema = pageSchema(ClaimRowSchema, 'ClaimPage');
export const EntityPageSchema = pageSchema(EntitySchema, 'EntityPage');

/** Every error response. */
export const ErrorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() })),
    errorId: z.string().optional(),
  })
  
  .register(API_SCHEMAS, { id: 'Error' });

/** The name in `/api/entities/{name}`: a canonical name or an alias. */
export const NameParamSchema = z.object({ name: z.string().min(1) });

/** The id in a path (`/api/claims/{id}`). */
export const IdParamSchema = z.object({ id: z.coerce.number().int().positive() });

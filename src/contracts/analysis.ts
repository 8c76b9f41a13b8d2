import { z } from 'zod';
import { ANALYSIS_SCHEMA, type Analysis } from '../core/index.js';

const offset = z.number().int().nonnegative();

/** A half-open UTF-16 span `[start, end)` into the article text. */
export const SpanSchema = z.object({ start: offset, end: offset }).refine((s) => s.start <= s.end, { message: 'start must not exceed end' });
const spanShape = { start: offset, end: offset };

const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  stage: z.string(),
  message: z.string(),
  span: SpanSchema.optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const EntityTypeSchema = z.enum(['person', 'organization', 'country', 'location', 'group', 'other']);
const StanceSchema = z.enum(['asserts', 'denies', 'hedges', 'concern']);

const SpeakerSchema = z.object({
  name: z.string(),
  type: z.enum(['person', 'organization', 'country', 'group', 'anonymous', 'unknown']),
  mention: SpanSchema.nullable(),
  entity: z.string().nullable(),
  evidence: z.array(SpanSchema).optional(),
});

/**
 * The analysis JSON, `isnad/analysis@1`, as `analyze()` returns it (src/core/analysis.ts).
 * Used to validate analyses read back from storage and payloads at the edges.
 */
export const AnalysisSchema = z.object({
  schema: z.literal(ANALYSIS_SCHEMA),
  pipelineVersion: z.string(),
  length: offset,
  language: z.enum(['ar', 'en', 'other']),
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  title: z.string().nullable(),
  paragraphs: z.array(z.object({ ...spanShape, index: z.number().int() })),
  sentences: z.array(z.object({ ...spanShape, paragraph: z.number().int(), headline: z.boolean() })),
  headlines: z.array(z.object({ ...spanShape, raw: z.string() })),
  dateline: z.object({ ...spanShape, raw: z.string(), place: z.string().nullable(), agency: z.string().nullable() }).nullable(),
  bylines: z.array(z.object({
    ...spanShape,
    raw: z.string(),
    people: z.array(z.string()),
    agencies: z.array(z.string()),
    places: z.array(z.string()),
    role: z.enum(['author', 'photographer', 'outlet']),
  })),
  credits: z.object({ contributors: z.array(z.string()), agencies: z.array(z.string()), spans: z.array(SpanSchema) }).nullable(),
  boilerplate: z.array(z.object({
    ...spanShape,
    kind: z.enum(['site-name', 'tags', 'link', 'wire-stamp', 'embed', 'end-mark', 'other']),
    raw: z.string(),
  })),
  entities: z.array(z.object({
    id: z.string(),
    name: z.string(),
    type: EntityTypeSchema,
    aliases: z.array(z.string()),
    roles: z.array(z.string()),
    mentions: z.array(z.object({ ...spanShape, raw: z.string() })),
    wikidata: z.string().optional(),
    nameEn: z.string().optional(),
  })),
  quotes: z.array(z.object({
    id: z.string(),
    kind: z.enum(['direct', 'indirect', 'mixed']),
    content: SpanSchema,
    cue: SpanSchema.nullable(),
    speaker: SpeakerSchema.nullable(),
    stance: StanceSchema,
    headline: z.boolean(),
    sentence: z.number().int(),
    time: z.number().int().nullable().optional(),
  })),
  claims: z.array(z.object({
    id: z.string(),
    text: z.string(),
    quotes: z.array(z.number().int().nonnegative()),
    entities: z.array(z.string()),
    time: z.number().int().nullable().optional(),
  })),
  times: z.array(z.object({
    ...spanShape,
    raw: z.string(),
    type: z.enum(['date', 'time', 'duration', 'set']),
    value: z.string().nullable(),
  })),
  diagnostics: z.array(DiagnosticSchema),
});

// Compile-time check that the schema and the core type agree in both directions.
type Parsed = z.infer<typeof AnalysisSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _agree: Same<Parsed, Analysis> extends true ? true : never = true as Same<Parsed, Analysis> extends true ? true : never;
void _agree;

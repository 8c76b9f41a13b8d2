import { z } from 'zod';
import { PIPELINE_VERSION } from '../core/index.js';
import {
  API_SCHEMAS, AddArticlesResponseSchema, AnalyzeRequestSchema, ArticleDetailSchema, ArticleInputSchema, ArticleMetaQuerySchema,
  ClaimDetailSchema, ClaimPageSchema, ClaimParamsSchema, EntityDetailSchema, EntityPageSchema, EntityParamsSchema, ErrorSchema,
  IdParamSchema, NameParamSchema, SearchPageSchema, SearchParamsSchema,
} from './schemas.js';
import { AnalysisSchema } from '../contracts/index.js';

/** One operation of the API, as the OpenAPI document describes it. */
interface Operation {
  method: 'get' | 'post';
  path: string;
  summary: string;
  query?: z.ZodObject;
  pathParams?: z.ZodObject;
  /** Request bodies by media type. */
  body?: Record<string, z.ZodType | { type: 'string'; description: string }>;
  ok: z.ZodType;
  okStatus?: 200 | 201;
  /** Writes need the bearer token when the server has one. */
  write?: boolean;
}

/** The operations of the API. The routes validate with the same schemas (src/api/routes/*). */
export const OPERATIONS: readonly Operation[] = [
  {
    method: 'post', path: '/api/analyze', summary: 'Analyse an article without storing it.',
    body: { 'application/json': AnalyzeRequestSchema, 'text/plain': { type: 'string', description: 'The article text (UTF-8).' } },
    ok: AnalysisSchema,
  },
  {
    method: 'post', path: '/api/articles', summary: 'Add articles: one as JSON, plain text or an HTML page, or a JSONL batch. Each is stored, then analysed.',
    query: ArticleMetaQuerySchema,
    body: {
      'application/json': ArticleInputSchema,
      'text/plain': { type: 'string', description: 'The article text; metadata in the query string.' },
      'text/html': { type: 'string', description: 'An HTML page: the main text is extracted (Readability); title and date from its metadata unless given in the query.' },
      'application/x-ndjson': { type: 'string', description: 'JSONL: one ArticleInput per line. Bad lines are reported per line; the others are added.' },
    },
    ok: AddArticlesResponseSchema, okStatus: 201, write: true,
  },
  { method: 'get', path: '/api/articles/{id}', summary: 'An article with its analysis.', pathParams: IdParamSchema, ok: ArticleDetailSchema },
  { method: 'get', path: '/api/search', summary: 'Full-text search (normalised Arabic, clitics stripped), with filters and highlighted snippets.', query: SearchParamsSchema, ok: SearchPageSchema },
  { method: 'get', path: '/api/claims', summary: 'Tracked claims, most active first, with the stance of each source.', query: ClaimParamsSchema, ok: ClaimPageSchema },
  { method: 'get', path: '/api/claims/{id}', summary: 'A tracked claim and its timeline: who said what, when, where.', pathParams: IdParamSchema, ok: ClaimDetailSchema },
  { method: 'get', path: '/api/entities', summary: 'Entities merged across articles, by name or alias.', query: EntityParamsSchema, ok: EntityPageSchema },
  { method: 'get', path: '/api/entities/{name}', summary: 'An entity by canonical name or alias: aliases, roles, what it said, the claims it takes part in.', pathParams: NameParamSchema, ok: EntityDetailSchema },
];

const REF = (id: string) => `#/components/schemas/${id}`;

/** A named schema as a `$ref` to its component. Every body and response of `OPERATIONS` is a component. */
function toSchema(schema: z.ZodType): unknown {
  const meta = API_SCHEMAS.get(schema);
  if (!meta) throw new Error('a schema of OPERATIONS is not registered in API_SCHEMAS');
  return { $ref: REF(meta.id) };
}

/** Query or path parameters from an object schema: one parameter per property. */
function parameters(schema: z.ZodObject, where: 'query' | 'path'): unknown[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s,
  }));
}

/**
 * The OpenAPI 3.1 document of the API, generated from the zod schemas the routes validate with
 * (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
export function openApiDocument(): Record<string, unknown> {
  const components = z.toJSONSchema(API_SCHEMAS, { uri: REF, io: 'output', unrepresentable: 'any' }) as { schemas: Record<string, Record<string, unknown>> };
  for (const s of Object.values(components.schemas)) {
    delete s.$schema;
    delete s.$id;
  }
  const paths: Record<string, Record<string, unknown>> = {};
  const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: REF('Error') } } } });
  for (const op of OPERATIONS) {
    const params = [...(op.pathParams ? parameters(op.pathParams, 'path') : []), ...(op.query ? parameters(op.query, 'query') : [])];
    const body = op.body && {
      required: true,
      content: Object.fromEntries(Object.entries(op.body).map(([type, s]) => [type, { schema: s instanceof z.ZodType ? toSchema(s) : s }])),
    };
    (paths[op.path] ??= {})[op.method] = {
      summary: op.summary,
      ...(params.length ? { parameters: params } : {}),
      ...(body ? { requestBody: body } : {}),
      ...(op.write ? { security: [{ bearer: [] }] } : {}),
      responses: {
        [String(op.okStatus ?? 200)]: { description: 'OK', content: { 'application/json': { schema: toSchema(op.ok) } } },
        400: errorResponse('Invalid request: `issues` lists each problem with its path.'),
        ...(op.write ? { 401: errorResponse('A bearer token is required (the server was started with one).') } : {}),
        ...(op.pathParams ? { 404: errorResponse('Not found.') } : {}),
        ...(op.body ? { 413: errorResponse('Request body too large.'), 415: errorResponse('Unsupported content type.') } : {}),
        500: errorResponse('Internal error: `errorId` identifies it in the server log.'),
      },
    };
  }
  void ErrorSchema;
  return {
    openapi: '3.1.0',
    info: { title: 'isnad', version: PIPELINE_VERSION, description: 'Who said what, about what, with which stance, in Arabic news. Spans are UTF-16 code units, half-open, into the article text.' },
    paths,
    components: {
      schemas: components.schemas,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Required for writes when the server has a token (ISNAD_API_TOKEN or --token).' } },
    },
  };
}

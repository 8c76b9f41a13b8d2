// The contracts: zod schemas of the data that crosses an edge (files, storage, the CLI's JSON).
export { AnalysisSchema, SpanSchema } from './analysis.js';
export { JsonlArticleSchema, IngestFailureSchema, IngestSummarySchema, type JsonlArticle, type IngestSummary } from './ingest.js';

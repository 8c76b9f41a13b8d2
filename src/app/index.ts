// The use cases: ingest (readers, analysis on worker threads), near-duplicates, claim tracking.
export { ingest, analysePending, type IngestOptions, type IngestProgress, type IngestReport } from './ingest.js';
export { prepareArticle, contentHash } from './prepare-article.js';
export { readInputs, measureInputs, type ReadOptions } from './readers/read-inputs.js';
export { readHtml } from './readers/read-html.js';
export { readFeed, type FeedItem, type FeedResult } from './readers/read-feed.js';
export { htmlToText } from './readers/html-text.js';
export { toDay } from './readers/dates.js';
export type { RawArticle, InputItem, FetchLike } from './readers/types.js';
export type { Analyzer, AnalysisTask, AnalysisOutcome } from './analysis/types.js';
export { inProcessAnalyzer, runTask } from './analysis/run-task.js';
export { workerPoolAnalyzer } from './analysis/worker-pool.js';
export { fingerprint } from './near-duplicates/fingerprint.js';
export { minhash, similarity, bandKeys, hashString } from './near-duplicates/minhash.js';
export { groupNearDuplicates, DUPLICATE_THRESHOLD, type GroupingResult } from './near-duplicates/group-near-duplicates.js';
export { trackClaims, claimSignature, CLAIM_THRESHOLD, type TrackingResult } from './claims/track-claims.js';

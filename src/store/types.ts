import type { Analysis, Stance } from '../core/index.js';

/** The words of an article as the full-text index sees them: four aligned layers, one token per source word. */
export interface SearchDocument {
  /**
   * Space-separated normalised tokens, one per word of title + text, in order. Layer 0 is the word as
   * written, 1 without a conjunction (و ف), 2 also without a preposition (ب ل ك), 3 also without the
   * article (ال): `والرياض` gives `والرياض`, `الرياض`, `الرياض`, `رياض`.
   */
  layers: [string, string, string, string];
}

/** The near-duplicate fingerprint of an article: a MinHash signature and its LSH band keys. */
export interface Fingerprint {
  signature: Uint32Array;
  /** One key per band (band index folded in), equal keys mark candidate near-duplicates. */
  bands: number[];
}

/** A raw article to store, with what the store needs to index it. */
export interface NewArticle {
  text: string;
  /** sha256 of the UTF-8 text, hex. */
  contentHash: string;
  source: string | null;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, or null. */
  published: string | null;
  author: string | null;
  language: string | null;
  /** Where the article came from (`file.jsonl:12`, a feed item URL): for reports. */
  origin: string;
  search: SearchDocument;
  fingerprint: Fingerprint | null;
}

/** What `putArticles` did with one article. */
export type PutOutcome =
  | { status: 'added'; articleId: number; version: number }
  | { status: 'duplicate'; articleId: number };

/** A stored raw article: the fields it was stored with (not its search layers), and where it stands. */
export interface StoredArticle extends Omit<NewArticle, 'search' | 'fingerprint'> {
  id: number;
  /** 1 for the first text seen at a URL, 2 for the next different text, ... */
  version: number;
  /** False once a newer version of the same URL is stored. */
  latest: boolean;
  /** The near-duplicate group (the smallest article id of the group), or null before grouping. */
  duplicateGroup: number | null;
}

/** An input item that could not be stored as an article (empty text, invalid JSONL line, binary file...). */
export interface IngestFailure {
  origin: string;
  reason: string;
  source?: string | null;
  url?: string | null;
  title?: string | null;
}

/** An analysis to store for an article. */
export interface AnalysisRecord {
  articleId: number;
  /** The content hash the analysis was made from: a mismatch (the text changed) is refused. */
  contentHash: string;
  analysis: Analysis;
}

/** An analysis that failed, kept with its reason. */
export interface AnalysisFailure {
  articleId: number;
  contentHash: string;
  pipelineVersion: string;
  reason: string;
}

/** A stored analysis, or the failure in its place. */
export type StoredAnalysis =
  | { status: 'ok'; articleId: number; pipelineVersion: string; analysis: Analysis }
  | { status: 'failed'; articleId: number; pipelineVersion: string; reason: string };

/** A job for an analyser: which article, and the hash it must match. */
export interface AnalysisJob {
  articleId: number;
  contentHash: string;
}

/** A candidate near-duplicate found through the LSH bands. */
export interface BandMatch {
  articleId: number;
  signature: Uint32Array;
  duplicateGroup: number | null;
}

/** A full-text query with filters. */
export interface SearchQuery {
  /** Words (AND), or "quoted phrases"; matched on normalised, clitic-stripped forms. */
  text: string;
  /** Inclusive date range on `published`, YYYY-MM-DD. */
  from?: string;
  to?: string;
  source?: string;
  /** Articles that mention this entity (canonical name or alias). */
  entity?: string;
  /** Articles where this speaker is quoted (with `stance`: a quote of this speaker with that stance). */
  speaker?: string;
  stance?: Stance;
  limit?: number;
}

/** One search result: the snippet is a slice of the original text with the matched words marked. */
export interface SearchHit {
  articleId: number;
  title: string | null;
  /** Original text around the best match, matched words between `[` and `]`. */
  snippet: string;
  /** Higher is better (negated bm25). */
  score: number;
  source: string | null;
  published: string | null;
  url: string | null;
  /** The snippet's span in the article text, and the matched words' spans (UTF-16, half-open). */
  snippetSpan: { start: number; end: number };
  highlights: Array<{ start: number; end: number }>;
}

/** An entity merged across articles. */
export interface EntitySummary {
  id: number;
  name: string;
  type: string;
  aliases: string[];
  articles: number;
  mentions: number;
}

/** Something an entity was quoted saying. */
export interface Statement {
  articleId: number;
  title: string | null;
  published: string | null;
  source: string | null;
  stance: Stance;
  kind: string;
  /** The quoted content, sliced from the article text in code (never in SQL). */
  content: string;
  contentSpan: { start: number; end: number };
}

/** An article claim as the cross-article tracker reads it. */
export interface ClaimRecord {
  /** Row id of the article claim: stable while the article's analysis is unchanged. */
  claimId: number;
  articleId: number;
  text: string;
  /** Global entity ids of what the claim is about. */
  entities: number[];
  published: string | null;
  source: string | null;
  duplicateGroup: number | null;
}

/** A tracked claim: article claims that say the same thing. */
export interface TrackedClaim {
  id: number;
  text: string;
  articles: number;
  /** Independent sources: syndicated copies of one wire story count once. */
  sources: number;
  outlets: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** One line of a tracked claim's timeline. */
export interface TimelineEntry {
  date: string | null;
  articleId: number;
  title: string | null;
  source: string | null;
  speaker: string | null;
  stance: Stance | null;
  content: string | null;
}

/** Counts of what the store holds. */
export interface StoreStats {
  articles: number;
  latestArticles: number;
  analysed: number;
  analysisFailures: number;
  ingestFailures: number;
  duplicateGroups: number;
  articlesInDuplicateGroups: number;
  trackedClaims: number;
  trackedClaimsAcrossArticles: number;
}

/**
 * The store: raw articles first, then their analyses (tagged with the pipeline version) as queryable rows.
 * Every method is async so that a PostgreSQL backend can implement it; a batch method runs in one
 * transaction (all or nothing). `storeContract` in test/store/contract.ts is the executable spec.
 */
export interface Store {
  /** Which backend, for messages (`sqlite:/path/isnad.db`). */
  readonly location: string;
  /**
   * Stores raw articles in one transaction: a known content hash is a duplicate (not stored again; a new
   * URL for it is remembered as a copy), a known URL with new text becomes its next version.
   */
  putArticles(articles: NewArticle[]): Promise<PutOutcome[]>;
  /** Keeps input items that could not become articles, with their reasons (idempotent per origin and reason). */
  recordIngestFailures(failures: IngestFailure[]): Promise<void>;
  getArticle(id: number): Promise<StoredArticle | null>;
  /** Articles with neither an analysis nor a failure for `pipelineVersion`, by id, after `afterId`. */
  listArticlesNeedingAnalysis(pipelineVersion: string, options?: { limit?: number; afterId?: number }): Promise<AnalysisJob[]>;
  /**
   * Stores analyses in one transaction, idempotent per (article, pipeline version): saving again replaces.
   * The rows (entities, mentions, quotes, claims, times) mirror the latest saved analysis of each article.
   * @throws when the content hash does not match the stored article.
   */
  saveAnalyses(records: AnalysisRecord[]): Promise<void>;
  saveAnalysisFailures(failures: AnalysisFailure[]): Promise<void>;
  /** The analysis of an article for a version (default: the latest saved). */
  getAnalysis(articleId: number, pipelineVersion?: string): Promise<StoredAnalysis | null>;
  /** Articles with a fingerprint but no duplicate group yet, by id. */
  listUngroupedArticles(limit: number): Promise<Array<{ articleId: number; signature: Uint32Array }>>;
  /** Other articles sharing at least one band key (at most 200: a template shared by thousands is not a wire story). */
  findBandMatches(articleId: number, bands: number[]): Promise<BandMatch[]>;
  /** Sets duplicate groups (and merges: every article of group `from` moves to `to`), in one transaction. */
  setDuplicateGroups(assign: Array<{ articleId: number; group: number }>, merges?: Array<{ from: number; to: number }>): Promise<void>;
  /** Article ids of the near-duplicate group of an article (itself included). */
  duplicatesOf(articleId: number): Promise<number[]>;
  /** Every fingerprint, for bulk grouping or measurement: pages by id. */
  listFingerprints(options: { afterId?: number; limit: number }): Promise<Array<{ articleId: number; signature: Uint32Array; duplicateGroup: number | null }>>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  /** Entities whose canonical name or an alias matches `name` (normalised), most mentioned first. */
  findEntities(name: string, limit?: number): Promise<EntitySummary[]>;
  /** What an entity was quoted saying, newest first. */
  statementsOf(entityId: number, limit?: number): Promise<Statement[]>;
  /** Article claims (of the rows' analyses), by claim id, after `afterId`. */
  listClaimRecords(options: { afterId?: number; limit: number }): Promise<ClaimRecord[]>;
  /** Replaces every tracked claim with these groups of article claim ids, in one transaction. */
  replaceTrackedClaims(groups: number[][]): Promise<void>;
  listTrackedClaims(options?: { entity?: string; limit?: number; minArticles?: number }): Promise<TrackedClaim[]>;
  getTrackedClaim(id: number): Promise<{ claim: TrackedClaim; timeline: TimelineEntry[] } | null>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

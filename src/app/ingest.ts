import type { AnalysisJob, AnalysisRecord, AnalysisFailure, IngestFailure, NewArticle, Store } from '../store/index.js';
import type { AnalysisOutcome, AnalysisTask, Analyzer } from './analysis/types.js';
import { prepareArticle } from './prepare-article.js';
import type { InputItem } from './readers/types.js';

/** Progress of an ingest, reported after every batch. */
export interface IngestProgress {
  /** Input items read (articles and failures). */
  read: number;
  added: number;
  duplicates: number;
  failed: number;
  analysed: number;
  /** Bytes of input consumed, for a bar with an ETA. */
  position: number;
}

/** Options of `ingest`. */
export interface IngestOptions {
  analyzer: Analyzer;
  pipelineVersion: string;
  /** Articles per transaction (default 500). */
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
  /**
   * When set, new articles are handed to it (for workers: `ingest --queue`) instead of analysed here, and
   * `analysePending` is not run: the caller enqueues what an interrupted run left (`enqueuePending`).
   */
  enqueue?: (jobs: AnalysisJob[]) => Promise<unknown>;
}

/** What an ingest did. `failed` counts items that could not be stored and analyses that failed. */
export interface IngestReport {
  added: number;
  duplicates: number;
  failed: number;
  /** Articles analysed in this run (new ones and any left unanalysed by an earlier, interrupted run). */
  analysed: number;
  /** Every failure with its reason. */
  failures: Array<{ origin: string; reason: string }>;
}

/**
 * Ingests input items into a store. Each batch of raw articles is stored in one transaction before it is
 * analysed (raw first, so nothing is lost); analyses are stored per batch as they come back from the
 * analyser. At the end, articles still without an analysis for this pipeline version (left by an
 * interrupted run) are analysed too. Re-ingesting is idempotent: known content is a duplicate.
 */
export async function ingest(store: Store, items: AsyncIterable<InputItem>, options: IngestOptions): Promise<IngestReport> {
  const size = options.batchSize ?? 500;
  const report: IngestReport = { added: 0, duplicates: 0, failed: 0, analysed: 0, failures: [] };
  const progress: IngestProgress = { read: 0, added: 0, duplicates: 0, failed: 0, analysed: 0, position: 0 };
  const emit = () => {
    Object.assign(progress, { added: report.added, duplicates: report.duplicates, failed: report.failed, analysed: report.analysed });
    options.onProgress?.({ ...progress });
  };
  // Analysis runs behind storage: at most `ahead` batches in flight, so memory stays bounded.
  const ahead = Math.max(2, options.analyzer.concurrency + 1);
  const inflight: Array<Promise<void>> = [];

  const analyseAndSave = async (tasks: AnalysisTask[]): Promise<void> => {
    const outcomes = await options.analyzer.analyze(tasks);
    await saveOutcomes(store, outcomes, options.pipelineVersion, report);
    emit();
  };

  const flush = async (batch: InputItem[]): Promise<void> => {
    const failures: IngestFailure[] = [];
    const prepared: NewArticle[] = [];
    for (const item of batch) {
      progress.read++;
      progress.position = Math.max(progress.position, item.position);
      if (item.kind === 'failure') failures.push(item.failure);
      else prepared.push(prepareArticle(item.article));
    }
    if (failures.length) {
      await store.recordIngestFailures(failures);
      report.failed += failures.length;
      for (const f of failures) report.failures.push({ origin: f.origin, reason: f.reason });
    }
    if (prepared.length === 0) return emit();
    const outcomes = await store.putArticles(prepared);
    const tasks: AnalysisTask[] = [];
    outcomes.forEach((o, i) => {
      if (o.status === 'duplicate') {
        report.duplicates++;
        return;
      }
      report.added++;
      const a = prepared[i]!;
      tasks.push({ articleId: o.articleId, contentHash: a.contentHash, text: a.text, title: a.title, published: a.published });
    });
    emit();
    if (tasks.length === 0) return;
    if (options.enqueue) {
      await options.enqueue(tasks.map((t) => ({ articleId: t.articleId, contentHash: t.contentHash })));
      return;
    }
    inflight.push(analyseAndSave(tasks));
    if (inflight.length >= ahead) await inflight.shift();
  };

  let batch: InputItem[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      await flush(batch);
      batch = [];
    }
  }
  if (batch.length) await flush(batch);
  while (inflight.length) await inflight.shift();
  if (!options.enqueue) await analysePending(store, options, report, emit);
  return report;
}

/**
 * Analyses the articles that have no analysis (nor failure) for the pipeline version: what an interrupted
 * ingest left behind, or everything after a version change.
 * Counts go into `report` (`analysed`, `failed`).
 * @returns How many were analysed (failures included).
 */
export async function analysePending(store: Store, options: IngestOptions, report: IngestReport, emit: () => void = () => {}): Promise<number> {
  let afterId = 0;
  let count = 0;
  for (;;) {
    const jobs = await store.listArticlesNeedingAnalysis(options.pipelineVersion, { limit: options.batchSize ?? 500, afterId });
    if (jobs.length === 0) break;
    afterId = jobs[jobs.length - 1]!.articleId;
    const tasks: AnalysisTask[] = [];
    for (const j of jobs) {
      const a = await store.getArticle(j.articleId);
      if (a) tasks.push({ articleId: a.id, contentHash: a.contentHash, text: a.text, title: a.title, published: a.published });
    }
    await saveOutcomes(store, await options.analyzer.analyze(tasks), options.pipelineVersion, report);
    count += tasks.length;
    emit();
  }
  return count;
}

async function saveOutcomes(store: Store, outcomes: AnalysisOutcome[], pipelineVersion: string, report: IngestReport): Promise<void> {
  const ok: AnalysisRecord[] = [];
  const bad: AnalysisFailure[] = [];
  for (const o of outcomes) {
    if (o.ok) ok.push({ articleId: o.articleId, contentHash: o.contentHash, analysis: o.analysis });
    else {
      // A crashed worker says nothing about the article: not stored, so the next run analyses it again.
      if (!o.transient) bad.push({ articleId: o.articleId, contentHash: o.contentHash, pipelineVersion, reason: o.reason });
      report.failed++;
      report.failures.push({ origin: `article ${o.articleId}`, reason: `analysis failed: ${o.reason}` });
    }
  }
  if (ok.length) await store.saveAnalyses(ok);
  if (bad.length) await store.saveAnalysisFailures(bad);
  report.analysed += outcomes.length;
}

import { groupNearDuplicates, prepareArticle, trackClaims, type Analyzer, type RawArticle } from '../app/index.js';
import { PIPELINE_VERSION, type Analysis } from '../core/index.js';
import type { AnalysisFailure, AnalysisRecord, Store } from '../store/index.js';

/** What happened to one item of a request. */
export type AddedItem =
  | { status: 'added'; articleId: number; version: number }
  | { status: 'duplicate'; articleId: number }
  | { status: 'failed'; line?: number; reason: string };

/** The response of `POST /api/articles`. */
export interface AddArticlesResult {
  added: number;
  duplicates: number;
  failed: number;
  items: AddedItem[];
  /**
   * The cross-article passes (near-duplicates, claim tracking) over the whole corpus: `done` when the request waited
   * for them, `pending` when they run after the response, `none` when nothing was added.
   */
  tracking: 'done' | 'pending' | 'none';
}

/** An item to add: an article, or an input line that could not become one (kept with its reason). */
export type AddInput = { ok: true; article: RawArticle } | { ok: false; origin: string; line?: number; reason: string };

/**
 * Runs the cross-article passes (near-duplicate grouping, then claim tracking) after writes. Calls that arrive while
 * a pass runs share the next pass, so a burst of requests costs at most two passes, and each caller returns only
 * once a pass that started after its write has finished (it reads its own writes on the board).
 */
export class CorpusRefresher {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  constructor(private readonly store: Store) {}

  /** Resolves when a pass that started after this call has finished. */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.pass().finally(() => {
        this.running = null;
      });
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.refresh();
    });
    return this.queued;
  }

  /** Resolves once no pass runs nor waits (for tests and a clean shutdown). */
  async idle(): Promise<void> {
    while (this.running || this.queued) await (this.queued ?? this.running)!.catch(() => {});
  }

  private async pass(): Promise<void> {
    await groupNearDuplicates(this.store);
    await trackClaims(this.store);
  }
}

/**
 * Adds articles: raw text first (one transaction), then the analyses of the new ones, then the cross-article passes
 * (awaited with `wait`, else in the background).
 * Known content is a duplicate; input that is not an article is recorded as an ingest failure and reported per item.
 */
export async function addArticles(
  store: Store, analyzer: Analyzer, refresher: CorpusRefresher, inputs: AddInput[], options: { wait?: boolean } = {},
): Promise<AddArticlesResult> {
  const result: AddArticlesResult = { added: 0, duplicates: 0, failed: 0, items: new Array(inputs.length), tracking: 'none' };
  const failures = inputs.flatMap((x, i) => (x.ok ? [] : [{ i, x }]));
  if (failures.length) {
    await store.recordIngestFailures(failures.map(({ x }) => ({ origin: x.origin, reason: x.reason })));
    for (const { i, x } of failures) result.items[i] = { status: 'failed', ...(x.line !== undefined ? { line: x.line } : {}), reason: x.reason };
    result.failed += failures.length;
  }
  const articles = inputs.flatMap((x, i) => (x.ok ? [{ i, prepared: prepareArticle(x.article) }] : []));
  if (articles.length === 0) return result;
  const outcomes = await store.putArticles(articles.map((a) => a.prepared));
  const tasks = [];
  for (let k = 0; k < outcomes.length; k++) {
    const o = outcomes[k]!;
    const { i, prepared } = articles[k]!;
    if (o.status === 'duplicate') {
      result.duplicates++;
      result.items[i] = { status: 'duplicate', articleId: o.articleId };
      continue;
    }
    result.added++;
    result.items[i] = { status: 'added', articleId: o.articleId, version: o.version };
    tasks.push({ articleId: o.articleId, contentHash: prepared.contentHash, text: prepared.text, title: prepared.title, published: prepared.published });
  }
  if (tasks.length === 0) return result;
  const analysed = await analyzer.analyze(tasks);
  const ok: AnalysisRecord[] = [];
  const bad: AnalysisFailure[] = [];
  for (const o of analysed) {
    if (o.ok) ok.push({ articleId: o.articleId, contentHash: o.contentHash, analysis: o.analysis });
    else bad.push({ articleId: o.articleId, contentHash: o.contentHash, pipelineVersion: PIPELINE_VERSION, reason: o.reason });
  }
  if (ok.length) await store.saveAnalyses(ok);
  if (bad.length) await store.saveAnalysisFailures(bad);
  // The passes read every claim of the corpus (about 1 s per 1,500 articles, measured): by default they run after the
  // response, so adding one article to a large corpus stays quick; `wait` makes the request wait for them.
  if (options.wait) {
    await refresher.refresh();
    result.tracking = 'done';
  } else {
    refresher.refresh().catch((e: unknown) => console.error('[isnad api] tracking claims after a write failed:', e));
    result.tracking = 'pending';
  }
  return result;
}

/**
 * Analyses one text through the app's analyser (in process, or on the worker pool with `isnad serve --workers N`,
 * so that concurrent requests use every core). Nothing is stored.
 * @throws {Error} when the analyser fails (the input is validated first, so this is an internal error).
 */
export async function analyzeText(analyzer: Analyzer, text: string, options: { title: string | null; published: string | null }): Promise<Analysis> {
  const [outcome] = await analyzer.analyze([{ articleId: 0, contentHash: '', text, title: options.title, published: options.published }]);
  if (!outcome?.ok) throw new Error(`analysis failed: ${outcome?.reason ?? 'no result'}`);
  return outcome.analysis;
}

import type { Analysis } from '../../core/index.js';

/** One article to analyse: its text travels with the task, the hash ties the result to that text. */
export interface AnalysisTask {
  articleId: number;
  contentHash: string;
  text: string;
  title: string | null;
  published: string | null;
}

/**
 * The result of one task: the analysis, or why it failed. `transient` failures (a crashed worker) are not
 * stored, so a later run tries again; the others (the pipeline threw on this text) are kept with the reason.
 */
export type AnalysisOutcome =
  | { ok: true; articleId: number; contentHash: string; analysis: Analysis }
  | { ok: false; articleId: number; contentHash: string; reason: string; transient?: boolean };

/** Something that analyses articles: in process, or on a pool of worker threads. */
export interface Analyzer {
  /** How many tasks it runs at once. */
  readonly concurrency: number;
  analyze(tasks: AnalysisTask[]): Promise<AnalysisOutcome[]>;
  close(): Promise<void>;
}

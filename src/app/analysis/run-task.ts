import { analyze } from '../../core/index.js';
import type { AnalysisOutcome, AnalysisTask } from './types.js';

/** Analyses one task; an exception becomes a failed outcome with its message, never a crash. */
export function runTask(t: AnalysisTask): AnalysisOutcome {
  try {
    const analysis = analyze(t.text, { published: t.published, title: t.title });
    return { ok: true, articleId: t.articleId, contentHash: t.contentHash, analysis };
  } catch (e) {
    const err = e as Error;
    return { ok: false, articleId: t.articleId, contentHash: t.contentHash, reason: `${err?.name ?? 'Error'}: ${err?.message ?? String(e)}` };
  }
}

/** An analyser on the calling thread (tests, a single article, `--workers 0`). */
export function inProcessAnalyzer() {
  return {
    concurrency: 1,
    async analyze(tasks: AnalysisTask[]): Promise<AnalysisOutcome[]> {
      return tasks.map(runTask);
    },
    async close(): Promise<void> {},
  };
}

// The body of an analysis worker thread: receives chunks of tasks, answers with their outcomes.
import { parentPort } from 'node:worker_threads';
import { runTask } from './run-task.js';
import type { AnalysisTask } from './types.js';

parentPort?.on('message', (msg: { id: number; tasks: AnalysisTask[] }) => {
  parentPort!.postMessage({ id: msg.id, outcomes: msg.tasks.map(runTask) });
});

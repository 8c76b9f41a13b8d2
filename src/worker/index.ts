// The worker: analyses queued articles and stores the results.
export { runWorker, UnrecoverableError, type WorkerEvent, type WorkerOptions, type WorkerReport } from './run-worker.js';

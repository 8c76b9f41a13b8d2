// The queue layer: the port and its two adapters.
export type { DeadJob, JobError, NewJob, Queue, QueueCounts, QueueJob, QueueSettings } from './types.js';
export { DEFAULT_QUEUE_SETTINGS, toJobError } from './types.js';
export { createMemoryQueue, retryDelayMs, type MemoryQueueOptions } from './memory-queue.js';
export { openPgBossQueue, type PgBossQueueOptions } from './pg-boss-queue.js';

/**
 * A durable job queue with at-least-once delivery, retries with backoff and a dead-letter state: the
 * datastore-agnostic contract (BullMQ's `IQueueBackend`, pg-boss's job states) that the in-process and
 * the pg-boss adapters implement. `queueContract` in test/scale/queue-contract.ts is its executable spec.
 *
 * A job's life: `queued` -> `active` (fetched by a worker) -> `done`; or, when the worker fails it,
 * `retrying` (back to `queued` after the retry delay) until `retryLimit` retries are spent, then `dead`
 * with its error. A job whose worker vanished (killed, machine lost) stays `active` until it expires
 * (`expireInSeconds`), then counts as a failure and is retried like one. Handlers must therefore be
 * idempotent: a job may run more than once, never zero times.
 */

/** A job as a worker receives it. */
export interface QueueJob<T> {
  /** Stable id of the job (the same across its retries). */
  id: string;
  data: T;
  /** How many times it was retried before this delivery: 0 on the first. */
  retryCount: number;
  /** Retries allowed in total: when `retryCount === retryLimit`, failing it again makes it dead. */
  retryLimit: number;
}

/** A job to enqueue. */
export interface NewJob<T> {
  data: T;
  /**
   * Deduplication key: a job whose key the queue already holds (queued, active, retrying, or finished and
   * not yet archived) is not enqueued again. `${articleId}:${contentHash}:${pipelineVersion}` for analyses.
   */
  key?: string;
}

/** The error a job failed with, as stored beside it. */
export interface JobError {
  message: string;
  /** A stable error code when the error has one (`ISNAD_HASH_MISMATCH`, `ECONNRESET`). */
  code?: string;
  stack?: string;
}

/** A job that failed for good, with its payload and its last error. */
export interface DeadJob<T> {
  id: string;
  data: T;
  error: JobError;
  retryCount: number;
  failedAt: Date;
}

/** How many jobs are in each state, and recent throughput. */
export interface QueueCounts {
  /** Waiting for a worker (new, or retrying after its delay). */
  queued: number;
  /** Of `queued`, those waiting for a retry. */
  retrying: number;
  active: number;
  done: number;
  dead: number;
  /** Jobs completed during the last 60 seconds. */
  doneLastMinute: number;
}

/** Retry and expiry settings of a queue. */
export interface QueueSettings {
  /** Retries after the first failure before a job is dead (default 3). */
  retryLimit: number;
  /** Seconds before the first retry (default 5). */
  retryDelay: number;
  /** Doubles the delay at each retry, with jitter (default true): 5 s, ~10 s, ~20 s... */
  retryBackoff: boolean;
  /** Seconds an active job may run before it counts as failed (its worker is presumed dead; default 300). */
  expireInSeconds: number;
}

/** The defaults of `QueueSettings`. */
export const DEFAULT_QUEUE_SETTINGS: Readonly<QueueSettings> = Object.freeze({
  retryLimit: 3,
  retryDelay: 5,
  retryBackoff: true,
  expireInSeconds: 300,
});

/** The queue port. */
export interface Queue<T> {
  /** Which queue, for messages (`pg-boss:isnad.analyze`, `memory:analyze`). */
  readonly location: string;
  readonly settings: Readonly<QueueSettings>;
  /**
   * Enqueues jobs (in one round trip where the backend allows).
   * @returns how many were new (deduplicated ones are not counted).
   */
  send(jobs: Array<NewJob<T>>): Promise<number>;
  /**
   * Claims up to `limit` queued jobs, oldest first, and makes them active. Concurrent callers (in this
   * process or any other) never receive the same job.
   */
  fetch(limit: number): Promise<Array<QueueJob<T>>>;
  /** Marks active jobs done. Ids that are no longer active (expired and retried elsewhere) are ignored. */
  complete(ids: string[]): Promise<void>;
  /**
   * Fails an active job: retried after the backoff while retries remain, else dead with `error`.
   * `final: true` makes it dead at once (an `UnrecoverableError`: retrying cannot help).
   * @returns the state the job went to.
   */
  fail(id: string, error: JobError, options?: { final?: boolean }): Promise<'retrying' | 'dead' | 'unknown'>;
  /** Fails active jobs whose time ran out (their worker died): they are retried or dead like any failure. */
  expire(): Promise<void>;
  counts(): Promise<QueueCounts>;
  /** Dead jobs, most recent first. */
  deadJobs(limit?: number): Promise<Array<DeadJob<T>>>;
  /** Releases connections and timers; jobs stay stored (for durable backends). */
  close(): Promise<void>;
}

/** Turns a thrown value into the error stored beside a failed job: message, code, stack; no secrets. */
export function toJobError(e: unknown): JobError {
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    return {
      message: e.message || e.name,
      ...(typeof code === 'string' ? { code } : {}),
      ...(e.stack ? { stack: e.stack } : {}),
    };
  }
  return { message: String(e) };
}

import { IsnadError } from '../core/index.js';

/** A storage failure (database unreachable, constraint broken, content mismatch), with its cause. */
export class StoreError extends IsnadError {
  override readonly code = 'ISNAD_STORE';
  /** True when trying again may succeed (a busy database), false when it never will. */
  readonly retryable: boolean;
  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.retryable = options.retryable ?? false;
  }
}

/** Base class of isnad's misuse errors: each has a stable `code`. */
export class IsnadError extends Error {
  readonly code: string = 'ISNAD_ERROR';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An argument or option of the wrong type or shape. */
export class InvalidOptionsError extends IsnadError {
  override readonly code = 'ISNAD_INVALID_OPTIONS';
}

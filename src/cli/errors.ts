/** A mistake in how the tool was called: exit 2. The message says what to do. */
export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** A file or data problem: exit 1. The message says what to do. */
export class InputError extends Error {
  readonly exitCode = 1;
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * The code of a page or dialog did not arrive: the network dropped, or the app was deployed again
 * since this tab opened and the old chunk is gone.
 */
export class CodeLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'CodeLoadError';
  }
}

import type { BulkResult } from './bulk-outcome';
import type { BulkItem } from './bulk-requests';

/**
 * A run stopped before a request because its token needs the admin: `results` are those answered (or
 * left out) before it, already in the Changes log; `unsent` were not sent and go after a sign-in.
 */
export class BulkPausedError extends Error {
  override readonly name = 'BulkPausedError';
  constructor(
    readonly results: BulkResult[],
    readonly unsent: BulkItem[],
    override readonly cause: unknown,
  ) {
    super('Sign in again to continue: the requests not sent yet wait for it.');
  }
}

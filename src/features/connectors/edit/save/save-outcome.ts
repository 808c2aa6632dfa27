import type { Connector } from '../../model/connector';
import type { FieldConflict } from '../conflicts/conflict-merge';

import type { SaveConnectorResult } from './save-connector';

/** How one save ended: the event the save flow's reducer takes next. */
export type SaveOutcome =
  | { type: 'saved'; result: SaveConnectorResult }
  /** Graph accepted the write, but read back it still holds another value for some field. */
  | { type: 'not-applied'; result: SaveConnectorResult }
  | { type: 'conflict'; current: Connector; conflicts: FieldConflict[] }
  /** The write may have arrived (answer lost or garbled, a 5xx other than 503): re-read before resending. */
  | { type: 'maybe-applied'; error: unknown }
  | { type: 'failed'; error: unknown; retryable: boolean };

import { createStore } from '@/lib/state/create-store';

import type { ConnectorRelease } from './connector-releases';
import { releaseTable, type ReleaseTable } from './release-table';

// Set once at start from config.json's `connectorReleases`, so a new release moves the clock without a rebuild.
const store = createStore<ReleaseTable>(releaseTable());

/** The shipped release table merged with the releases config.json adds. */
export function configureConnectorReleases(fromConfig: readonly ConnectorRelease[]) {
  store.set(releaseTable(fromConfig));
}

export const useReleaseTable = (): ReleaseTable => store.use();

import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { PageHeader } from '@/components/page-header';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RefreshIcon, TuneIcon } from '@/components/ui/icons';
import { useTenantScope } from '@/lib/tenant-scope';
import { plural } from '@/lib/text/plural';

import { useReleaseTable } from '../lifecycle/release-table-store';
import { TenantFindingsPanel } from '../lifecycle/tenant-findings-panel';
import { VersionTimelineButton } from '../lifecycle-chart/version-timeline-button';
import { reloadConnectors } from '../model/connector-cache';
import type { ConnectorList as ConnectorListData } from '../model/read-connector';

import { ConnectorList, type SelectionActions } from './connector-list';
import { IncompleteListNotice, UnreadableConnectors } from './list-notices';

// The rules dialog (TextField, Dialog) stays out of the first page: it opens on demand.
const HealthSettingsDialog = lazyMui(
  async () => (await import('../health/health-settings-dialog')).HealthSettingsDialog,
  { what: 'The health rules dialog' },
);
type ConnectorsPageProps = {
  list: ConnectorListData;
  isFetching: boolean;
  selectionActions?: SelectionActions;
  /** Above the findings: "Since your last visit", which the route composes with History's names. */
  children?: ReactNode;
};

export function ConnectorsPage({
  list,
  isFetching,
  selectionActions,
  children,
}: ConnectorsPageProps) {
  const { connectors } = list;
  const queryClient = useQueryClient();
  const { tenantId, name: tenantName } = useTenantScope();
  const [rulesOpen, setRulesOpen] = useState(false);
  const releases = useReleaseTable();
  return (
    <>
      <PageHeader
        title="NDES connectors"
        subtitle={`${list.complete ? '' : 'At least '}${plural(connectors.length, 'connector')} in ${tenantName || 'this tenant'}`}
        actions={
          <>
            <Button startIcon={<TuneIcon />} onClick={() => setRulesOpen(true)}>
              Health rules
            </Button>
            <Button
              startIcon={<RefreshIcon />}
              disabled={isFetching}
              onClick={() => void reloadConnectors(queryClient, tenantId)}
            >
              {isFetching ? 'Refreshing…' : 'Refresh'}
            </Button>
          </>
        }
      />
      <IncompleteListNotice list={list} />
      <UnreadableConnectors list={list} />
      {children}
      {connectors.length > 0 && (
        <TenantFindingsPanel connectors={connectors}>
          <VersionTimelineButton connectors={connectors} table={releases} />
        </TenantFindingsPanel>
      )}
      {connectors.length === 0 && list.unreadable.length === 0 ? (
        <Alert severity="info">
          This tenant has no NDES or Certificate Connectors yet. Install the Certificate Connector
          for Microsoft Intune on a server, and it appears here once it enrolls.
        </Alert>
      ) : (
        <ConnectorList connectors={connectors} selectionActions={selectionActions} />
      )}
      {rulesOpen && <HealthSettingsDialog open onClose={() => setRulesOpen(false)} />}
    </>
  );
}

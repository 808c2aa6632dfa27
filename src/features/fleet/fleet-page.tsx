import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useMemo } from 'react';

import { PageHeader } from '@/components/page-header';
import type { TenantInfo } from '@/config/tenants';
import { compareVersions } from '@/features/connectors/public';

import { FleetBrowser } from './fleet-browser';
import { FleetSummaryTable } from './fleet-summary-table';
import { FleetVersionTimeline } from './fleet-version-timeline';
import { useFleet } from './use-fleet';
import { useFleetRows } from './use-fleet-rows';

/** Every connector of every listed tenant: the MSP's health overview. */
export function FleetPage({ tenants }: { tenants: TenantInfo[] }) {
  const loads = useFleet(tenants);
  const { byTenant: rowsByTenant, all: allRows } = useFleetRows(loads);
  const versions = useMemo(
    () =>
      [...new Set(allRows.map((row) => row.connector.connectorVersion ?? ''))]
        .filter(Boolean)
        .sort(compareVersions),
    [allRows],
  );
  const loaded = loads.filter((load) => !load.loading).length;
  const failed = loads.filter((load) => load.error).length;

  return (
    <Stack spacing={2}>
      <PageHeader title="Fleet" />
      <Typography role="status" aria-live="polite">
        Loaded {loaded} of {tenants.length} tenants
        {failed ? `, ${failed} with errors` : ''} · {allRows.length} connectors
      </Typography>
      <FleetSummaryTable loads={loads} rowsByTenant={rowsByTenant} />
      <FleetVersionTimeline rows={allRows} />
      <FleetBrowser rows={allRows} tenants={tenants} versions={versions} />
    </Stack>
  );
}

import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { memo } from 'react';

import { RelativeTime } from '@/components/relative-time';
import { tenantFindings, useFleetChanges } from '@/features/connectors/public';
import { plural } from '@/lib/text/plural';
import { useNow } from '@/lib/use-now';

import type { FleetRow } from './fleet-rows';
import { summarize } from './fleet-summary';
import { TenantLoadStatus } from './tenant-load-status';
import type { TenantLoad } from './use-fleet';

const sameLoad = (a: TenantLoad, b: TenantLoad | undefined) =>
  a.tenant === b?.tenant &&
  a.connectors === b.connectors &&
  a.error === b.error &&
  a.loading === b.loading &&
  a.updatedAt === b.updatedAt;

/**
 * One row per tenant: its counts by verdict, oldest version, longest silence, or its error. Rendered
 * again only when a tenant's load changes, not on every filter keystroke of the page.
 */
export const FleetSummaryTable = memo(
  SummaryTable,
  (previous, next) =>
    previous.rowsByTenant === next.rowsByTenant &&
    previous.loads.length === next.loads.length &&
    previous.loads.every((load, index) => sameLoad(load, next.loads[index])),
);

function SummaryTable({
  loads,
  rowsByTenant,
}: {
  loads: TenantLoad[];
  rowsByTenant: Map<string, FleetRow[]>;
}) {
  const changes = useFleetChanges(
    loads.map((load) => ({
      tenantId: load.tenant.tenantId,
      list:
        load.loading || load.error || !load.connectors
          ? undefined
          : { connectors: load.connectors, complete: load.complete },
    })),
    useNow(),
  );
  return (
    // Contained, so that a filter keystroke below repaints none of a hundred tenants' rows.
    <Table size="small" aria-label="Tenants" sx={{ contain: 'content' }}>
      <TableHead>
        <TableRow>
          {[
            'Tenant',
            'Status',
            'Healthy',
            'Warning',
            'Unhealthy',
            'Oldest version',
            'Longest silence',
            'Since last visit',
            'Findings',
          ].map((header) => (
            <TableCell key={header}>{header}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {loads.map((load) => {
          const summary = summarize(rowsByTenant.get(load.tenant.tenantId) ?? []);
          const listed = Boolean(load.connectors);
          return (
            <TableRow key={load.tenant.tenantId}>
              <TableCell component="th" scope="row">
                {load.tenant.name}
              </TableCell>
              <TableCell>
                <TenantLoadStatus load={load} />
              </TableCell>
              <TableCell>{listed ? summary.healthy : '–'}</TableCell>
              <TableCell>{listed ? summary.warning : '–'}</TableCell>
              <TableCell>{listed ? summary.unhealthy : '–'}</TableCell>
              <TableCell>{summary.oldestVersion ?? '–'}</TableCell>
              <TableCell>
                {summary.longestSilenceSince === null ? (
                  '–'
                ) : (
                  <RelativeTime value={new Date(summary.longestSilenceSince).toISOString()} />
                )}
              </TableCell>
              <TableCell>{sinceLastVisit(changes.get(load.tenant.tenantId))}</TableCell>
              <TableCell>{listed && findingsOf(load.connectors ?? [])}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function findingsOf(connectors: Parameters<typeof tenantFindings>[0]) {
  const findings = tenantFindings(connectors);
  if (findings.length === 0) return 'None';
  return (
    <ul style={{ margin: 0, paddingLeft: 16 }}>
      {findings.map((finding) => (
        <li key={finding.kind}>{finding.text}</li>
      ))}
    </ul>
  );
}

const sinceLastVisit = (count: number | undefined) =>
  count === undefined ? '–' : count === 0 ? 'No changes' : plural(count, 'change');

import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQuery } from '@tanstack/react-query';

import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useAuth } from '@/lib/auth/auth-context';
import { downloadFile } from '@/lib/download-file';
import { notify } from '@/lib/state/notifications';
import { useTenantScope } from '@/lib/tenant-scope';
import { plural } from '@/lib/text/plural';

import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

import { exportConnectors, type ExportFormat } from './export-formats';
import { tenantNameOf } from './tenant-name';

export type ExportMenuPopupProps = {
  id: string;
  anchor: HTMLElement;
  onClose: () => void;
  connectors: readonly Connector[];
  health: Map<string, ConnectorHealth>;
};

/** CSV, JSON or a Markdown table for a change ticket, of the connectors it is given. */
export function ExportMenuPopup({ id, anchor, onClose, connectors, health }: ExportMenuPopupProps) {
  const { tenantId, name: listedName } = useTenantScope();
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  const account = useAuth().getAccount();
  const count = plural(connectors.length, 'connector');
  const run = async (format: ExportFormat) => {
    onClose();
    const file = exportConnectors(connectors, format, {
      // The tenant's listed name; with a single tenantId configuration, the sign-in's domain.
      tenantName: listedName || tenantNameOf(account?.username, account?.tenantId),
      now: new Date(),
      health,
      tags,
    });
    if (format !== 'markdown') return downloadFile(file);
    try {
      await navigator.clipboard.writeText(file.content);
      notify('success', `Copied ${count} as a Markdown table`);
    } catch {
      notify('error', 'The browser did not allow copying to the clipboard.');
    }
  };
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      <MenuItem onClick={() => void run('csv')}>Download CSV ({count})</MenuItem>
      <MenuItem onClick={() => void run('json')}>Download JSON ({count})</MenuItem>
      <MenuItem onClick={() => void run('markdown')}>Copy as Markdown table</MenuItem>
    </Menu>
  );
}

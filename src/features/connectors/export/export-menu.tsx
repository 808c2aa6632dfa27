import FileDownloadIcon from '@mui/icons-material/FileDownload';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQuery } from '@tanstack/react-query';

import { useMenuButton } from '@/components/use-menu-button';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useAuth } from '@/lib/auth/auth-context';
import { notify } from '@/lib/state/notifications';

import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

import { exportConnectors, type ExportFile, type ExportFormat } from './export-formats';

type ExportMenuProps = {
  /** What to export: the current filter, or a selection. */
  connectors: readonly Connector[];
  /** Verdicts judged against the whole tenant, so leftovers are flagged. */
  health: Map<string, ConnectorHealth>;
  label?: string;
};

/** `admin@contoso.onmicrosoft.com` → `contoso`. */
export function tenantNameOf(username: string | undefined, tenantId = ''): string {
  const domain = username?.split('@')[1];
  return domain?.split('.')[0] || tenantId.slice(0, 8) || 'tenant';
}

function download({ fileName, mimeType, content }: ExportFile) {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later: some browsers start reading the blob only after the click returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** CSV, JSON or a Markdown table for a change ticket, of the connectors it is given. */
export function ExportMenu({ connectors, health, label = 'Export' }: ExportMenuProps) {
  const menu = useMenuButton();
  const { data: tags } = useQuery(scopeTagQueries.list());
  const account = useAuth().getAccount();
  const build = (format: ExportFormat) =>
    exportConnectors(connectors, format, {
      tenantName: tenantNameOf(account?.username, account?.tenantId),
      now: new Date(),
      health,
      tags,
    });
  const count = `${connectors.length} connector${connectors.length === 1 ? '' : 's'}`;
  const run = async (format: ExportFormat) => {
    menu.close();
    const file = build(format);
    if (format !== 'markdown') return download(file);
    try {
      await navigator.clipboard.writeText(file.content);
      notify('success', `Copied ${count} as a Markdown table`);
    } catch {
      notify('error', 'The browser did not allow copying to the clipboard.');
    }
  };
  return (
    <>
      <Button
        startIcon={<FileDownloadIcon />}
        disabled={connectors.length === 0}
        {...menu.buttonProps}
      >
        {label}
      </Button>
      <Menu {...menu.menuProps}>
        <MenuItem onClick={() => void run('csv')}>Download CSV ({count})</MenuItem>
        <MenuItem onClick={() => void run('json')}>Download JSON ({count})</MenuItem>
        <MenuItem onClick={() => void run('markdown')}>Copy as Markdown table</MenuItem>
      </Menu>
    </>
  );
}

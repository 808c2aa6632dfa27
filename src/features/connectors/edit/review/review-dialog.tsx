import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { CodeBlock } from '@/components/code-block';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';
import { hasInvisible, visibleJson } from '@/lib/text/invisible-characters';

import { ChangesTable } from '../../changes/changes-table';
import type { Connector } from '../../model/connector';

import type { PatchRequest } from './patch-request';
import { curlSnippet, invokeMgGraphRequestSnippet, updateMgBetaSnippet } from './snippets';

type ReviewDialogProps = {
  original: Connector;
  request: PatchRequest | null;
  isSaving: boolean;
  onConfirm: () => void;
  onClose: () => void;
};

/** Every change with its old and new value, then the exact request: nothing is sent until confirmed. */
export function ReviewDialog({
  original,
  request,
  isSaving,
  onConfirm,
  onClose,
}: ReviewDialogProps) {
  const { tenantId, name: tenantName } = useTenantScope();
  const tenant = { name: tenantName, directoryId: tenantId };
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  if (!request) return null;
  const requestText = [
    `${request.method} ${request.url}`,
    ...request.headers.map(([name, value]) => `${name}: ${value}`),
    '',
    visibleJson(request.body, 2),
  ].join('\n');

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="review-title">
      <DialogTitle id="review-title">Review changes before saving</DialogTitle>
      <DialogContent>
        <Stack spacing={3}>
          {tenantName && <Typography>{`In the tenant ${tenantName} (${tenantId}).`}</Typography>}
          <ChangesTable
            changes={[{ connector: original, patch: request.body }]}
            tags={tags}
            label="Changes"
          />
          <CodeBlock title="Request" code={requestText} copyLabel="Copy request" />
          <CodeBlock
            title={
              hasInvisible(request.bodyText)
                ? 'JSON body (as sent, with invisible characters as \\u escapes)'
                : 'JSON body (exactly as sent)'
            }
            code={visibleJson(request.body)}
            copyLabel="Copy JSON body"
          />
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            The same change from a shell. The token is never shown: supply your own.
          </Typography>
          <CodeBlock
            title="curl"
            code={curlSnippet(request, tenant)}
            copyLabel="Copy curl command"
          />
          <CodeBlock
            title="PowerShell: Invoke-MgGraphRequest"
            code={invokeMgGraphRequestSnippet(request, tenant)}
            copyLabel="Copy Invoke-MgGraphRequest command"
          />
          <CodeBlock
            title="PowerShell: Update-MgBetaDeviceManagementNdeConnector"
            code={updateMgBetaSnippet(request, tenant)}
            copyLabel="Copy Update-MgBetaDeviceManagementNdeConnector command"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        {/* Closable while saving: a slow Graph must not hold the screen; the form shows the outcome. */}
        <Button onClick={onClose}>{isSaving ? 'Close' : 'Back to editing'}</Button>
        <Button variant="contained" onClick={onConfirm} disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Confirm and save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

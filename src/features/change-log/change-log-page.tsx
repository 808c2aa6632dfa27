import Alert from '@mui/material/Alert';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import { PageHeader } from '@/components/page-header';

import { changeLog } from './change-log';
import { ChangeLogExports } from './change-log-exports';
import { ChangeLogTable } from './change-log-table';
import { useTenantOfEntry } from './use-tenant-of-entry';

const INTUNE_ADMIN_CENTER = 'https://intune.microsoft.com/';

/** What this app sent to Graph in this tab's session, with the ids to find each change again. */
export function ChangeLogPage() {
  const entries = changeLog.use();
  const tenantOf = useTenantOfEntry();
  return (
    <>
      <PageHeader
        title="Changes"
        subtitle="Every change this app sent from this browser tab since it was opened. It is cleared when the tab closes or you sign out."
      />
      <Stack spacing={2}>
        <Typography variant="body2">
          Changes made elsewhere (by other admins, scripts or Intune itself) are in Intune’s audit
          log: in the{' '}
          <Link href={INTUNE_ADMIN_CENTER} target="_blank" rel="noreferrer" underline="always">
            Intune admin center
          </Link>
          , go to Tenant administration &gt; Audit logs. Search it by the request ids below.
        </Typography>
        {entries.length === 0 ? (
          <Alert severity="info">
            No changes sent yet. Saved, refused and uncertain edits appear here as soon as they are
            sent.
          </Alert>
        ) : (
          <>
            <ChangeLogExports entries={entries} tenantOf={tenantOf} />
            <Paper variant="outlined">
              <ChangeLogTable entries={entries} tenantOf={tenantOf} />
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}

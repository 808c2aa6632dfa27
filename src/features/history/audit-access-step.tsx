import { useState } from 'react';

import { ConsentLinkButton } from '@/components/consent-link-button';
import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import { isAuditAccessRequired, type AuditAccessRequiredError } from '@/lib/auth/audit-access';
import { useAuth } from '@/lib/auth/auth-context';

type AuditAccessStepProps = { error: AuditAccessRequiredError; onAllowed: () => void };

/**
 * The audit permission is missing: the admin allows it (a popup), or, when the tenant needs an
 * administrator's consent, gets the tenant's admin-consent link and the permission's name.
 */
export function AuditAccessStep({ error: readError, onAllowed }: AuditAccessStepProps) {
  const auth = useAuth();
  const [allowError, setAllowError] = useState<AuditAccessRequiredError | null>(null);
  const [asking, setAsking] = useState(false);
  const error = allowError ?? readError;
  const { tenant, permission, consentUrl, code } = error;
  const allow = async () => {
    setAsking(true);
    try {
      await auth.allowAuditAccess(readError.tenant.tenantId);
      setAllowError(null);
      onAllowed();
    } catch (failure) {
      // Anything else (the network) leaves the step as it was, to be tried again.
      if (isAuditAccessRequired(failure)) setAllowError(failure);
    } finally {
      setAsking(false);
    }
  };
  const needsAdmin = error.reason === 'consent';
  return (
    <Alert severity={needsAdmin ? 'warning' : 'info'} role="region" aria-label="Audit data access">
      <AlertTitle>
        {needsAdmin
          ? 'An administrator must grant access to audit data'
          : 'Allow reading Intune audit data'}
      </AlertTitle>
      <Stack spacing={1}>
        <Typography variant="body2">
          {error.message}
          {code ? ` (${code})` : ''}
        </Typography>
        <Typography variant="body2">
          Permission needed: <code>{permission}</code> (delegated). Only History uses it; the rest
          of the app keeps its own permissions.
        </Typography>
        <Stack direction="row" spacing={1} wrap>
          <Button variant="contained" size="small" disabled={asking} onClick={() => void allow()}>
            {needsAdmin ? 'Try again' : 'Allow reading Intune audit data'}
          </Button>
          {consentUrl && <ConsentLinkButton consentUrl={consentUrl} tenantName={tenant.name} />}
        </Stack>
      </Stack>
    </Alert>
  );
}

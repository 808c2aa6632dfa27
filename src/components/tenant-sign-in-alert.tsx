import { Alert, AlertTitle } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { LoginIcon } from '@/components/ui/icons';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import { useAuth } from '@/lib/auth/auth-context';
import type { TenantSignInRequiredError } from '@/lib/auth/tenant-sign-in';

import { ConsentLinkButton } from './consent-link-button';

/**
 * One tenant's token needs the admin: its consent link (AADSTS65001) or a sign-in to that tenant
 * (MFA, Conditional Access). The rest of the console keeps working.
 */
export function TenantSignInAlert({
  error,
  dense = false,
}: {
  error: TenantSignInRequiredError;
  dense?: boolean;
}) {
  const auth = useAuth();
  const { tenant, consentUrl, code } = error;
  return (
    <Alert severity="warning" style={dense ? { paddingTop: 0, paddingBottom: 0 } : undefined}>
      {!dense && <AlertTitle>{tenant.name} needs you</AlertTitle>}
      <Stack spacing={0.5}>
        <Typography variant="body2">
          {error.message}
          {code ? ` (${code})` : ''}
        </Typography>
        <Stack direction="row" spacing={1} wrap>
          {consentUrl && <ConsentLinkButton consentUrl={consentUrl} tenantName={tenant.name} />}
          <Button
            color="inherit"
            size="small"
            startIcon={<LoginIcon />}
            onClick={() => void auth.signInToTenant(tenant.tenantId)}
          >
            Sign in to {tenant.name}
          </Button>
        </Stack>
      </Stack>
    </Alert>
  );
}

import Alert from '@mui/material/Alert';

import { useCurrentTenant } from '@/features/tenants/current-tenant';
import { useAccessMode } from '@/lib/auth/access-mode';

export function ReadOnlyBanner() {
  const { tenant, isHome } = useCurrentTenant();
  const mode = useAccessMode(isHome ? undefined : tenant.tenantId);
  if (!mode.readOnly) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {mode.reason}
    </Alert>
  );
}

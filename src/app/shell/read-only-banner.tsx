import { Alert } from '@/components/ui/alert';
import { useCurrentTenant } from '@/features/tenants/current-tenant';
import { useAccessMode } from '@/lib/auth/access-mode';

export function ReadOnlyBanner() {
  const { tenant, isHome } = useCurrentTenant();
  const mode = useAccessMode(isHome ? undefined : tenant.tenantId);
  if (!mode.readOnly) return null;
  return (
    <Alert severity="info" style={{ marginBottom: 16 }}>
      {mode.reason}
    </Alert>
  );
}

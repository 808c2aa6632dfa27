import { Alert } from '@/components/ui/alert';
import { useCurrentTenant } from '@/features/tenants/current-tenant';
import { useAccessMode } from '@/lib/auth/access-mode';

export function ReadOnlyBanner() {
  const { tenant } = useCurrentTenant();
  const mode = useAccessMode(tenant.tenantId);
  if (!mode.readOnly) return null;
  return (
    <Alert severity="info" style={{ marginBottom: 16 }}>
      {mode.reason}
    </Alert>
  );
}

import { tenantColour } from './tenant-colour';

/** A tenant's colour mark, beside its name. */
export function TenantMark({ tenantId }: { tenantId: string }) {
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-block',
        width: 12,
        height: 12,
        borderRadius: '50%',
        backgroundColor: tenantColour(tenantId),
        border: '1px solid var(--mui-palette-common-white)',
        flexShrink: 0,
      }}
    />
  );
}

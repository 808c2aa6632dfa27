import Box from '@mui/material/Box';

import { tenantColour } from './tenant-colour';

/** A tenant's colour mark, beside its name. */
export function TenantMark({ tenantId }: { tenantId: string }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{
        display: 'inline-block',
        width: 12,
        height: 12,
        borderRadius: '50%',
        bgcolor: tenantColour(tenantId),
        border: 1,
        borderColor: 'common.white',
        flexShrink: 0,
      }}
    />
  );
}

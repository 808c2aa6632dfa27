import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

import type { ConnectorHealth } from './use-connector-health';

/** The verdict's reasons in words; nothing for a healthy connector with no leftover flag. */
export function HealthReasons({
  health,
  variant = 'caption',
}: {
  health: ConnectorHealth;
  variant?: 'caption' | 'body2';
}) {
  const reasons = [...health.reasons, ...(health.leftover ? [health.leftover] : [])];
  if (reasons.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
      {reasons.map((reason) => (
        <Typography key={reason} component="li" variant={variant}>
          {reason}
        </Typography>
      ))}
    </Box>
  );
}

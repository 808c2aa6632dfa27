import { useId, useState } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { Stack } from '@/components/ui/stack';
import { Paper } from '@/components/ui/surface';
import { Typography } from '@/components/ui/typography';

// The panel, its audit token and every auditEvents read wait for the admin to open History.
const HistoryPanel = lazyMui(async () => (await import('./history-panel')).HistoryPanel, {
  what: 'History',
});

type ConnectorHistoryProps = { connectorId: string };

/** The detail page's History section: closed at first, so nothing about audit data is requested. */
export function ConnectorHistory({ connectorId }: ConnectorHistoryProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const headingId = useId();
  return (
    <Paper variant="outlined" style={{ padding: 16 }}>
      <Stack component="section" spacing={1} aria-labelledby={headingId}>
        <Stack direction="row" justify="space-between" align="center" wrap>
          <Typography variant="h2" id={headingId}>
            History
          </Typography>
          <Button
            variant="outlined"
            aria-expanded={open}
            aria-controls={open ? panelId : undefined}
            onClick={() => setOpen((current) => !current)}
          >
            {open ? 'Hide history' : 'Show who changed what'}
          </Button>
        </Stack>
        {open && (
          <div id={panelId}>
            <HistoryPanel connectorId={connectorId} />
          </div>
        )}
      </Stack>
    </Paper>
  );
}

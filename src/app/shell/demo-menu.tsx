import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Tooltip from '@mui/material/Tooltip';
import { useQueryClient } from '@tanstack/react-query';

import { useDemo } from '@/lib/demo/demo-context';
import { notify } from '@/lib/notifications';

/** The demo badge and the presenter's reset: absent outside demo mode. */
export function DemoMenu() {
  const demo = useDemo();
  const queryClient = useQueryClient();
  if (!demo) return null;
  const reset = async () => {
    demo.resetData();
    await queryClient.resetQueries();
    notify('info', 'Demo data reset');
  };
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Tooltip title="A mock tenant runs in this browser; nothing reaches Microsoft.">
        <Chip label="Demo mode" color="warning" />
      </Tooltip>
      <Button
        color="inherit"
        size="small"
        startIcon={<RestartAltIcon />}
        onClick={() => void reset()}
      >
        Reset demo data
      </Button>
    </Stack>
  );
}

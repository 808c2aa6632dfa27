import ScienceIcon from '@mui/icons-material/Science';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { lazy, Suspense, useState } from 'react';

import { DeferredTooltip } from '@/components/deferred-tooltip';
import { useDemo } from '@/lib/demo/demo-context';

// Vite replaces the flag at build time, so production builds drop both entirely.
const demoBuild = import.meta.env.VITE_DEMO_MODE === 'true';
// Loaded on first open.
const FaultLabDialog = demoBuild
  ? lazy(async () => ({
      default: (await import('./fault-lab/fault-lab-dialog')).FaultLabDialog,
    }))
  : null;
// Loaded after the first paint: its menu (Popover, Modal, MenuList) is not needed to show the list.
const ResetDemoButton = demoBuild
  ? lazy(async () => ({ default: (await import('./reset-demo-button')).ResetDemoButton }))
  : null;

/** The demo badge, the Fault lab and the presenter's reset: absent outside demo mode. */
export function DemoMenu() {
  const demo = useDemo();
  const [labOpen, setLabOpen] = useState(false);
  // Stays mounted after the first open so closing animates and hands focus back to the button.
  const [labLoaded, setLabLoaded] = useState(false);
  if (!demo) return null;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <DeferredTooltip title="A mock tenant runs in this browser; nothing reaches Microsoft.">
        <Chip label="Demo mode" color="warning" />
      </DeferredTooltip>
      {FaultLabDialog && (
        <Button
          color="inherit"
          size="small"
          startIcon={<ScienceIcon />}
          aria-haspopup="dialog"
          onClick={() => {
            setLabLoaded(true);
            setLabOpen(true);
          }}
        >
          Fault lab
        </Button>
      )}
      {ResetDemoButton && (
        <Suspense fallback={null}>
          <ResetDemoButton demo={demo} />
        </Suspense>
      )}
      {FaultLabDialog && labLoaded && (
        <Suspense fallback={null}>
          <FaultLabDialog demo={demo} open={labOpen} onClose={() => setLabOpen(false)} />
        </Suspense>
      )}
    </Stack>
  );
}

import { useState } from 'react';

import { DeferredTooltip } from '@/components/deferred-tooltip';
import { lazyMui, lazyPart } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { Chip } from '@/components/ui/chip';
import { ScienceIcon } from '@/components/ui/icons';
import { Stack } from '@/components/ui/stack';

import { useDemo } from './demo-context';

// Vite replaces the flag at build time, so production builds drop both entirely.
const demoBuild = import.meta.env.VITE_DEMO_MODE === 'true';
// Loaded on first open.
const FaultLabDialog = demoBuild
  ? lazyMui(async () => (await import('./fault-lab/fault-lab-dialog')).FaultLabDialog, {
      what: 'The Fault lab',
    })
  : null;
// Its own small chunk; the menu behind its arrow (MUI's Menu) loads on first open.
const ResetDemoButton = demoBuild
  ? lazyPart(async () => (await import('./reset/reset-demo-button')).ResetDemoButton, {
      what: 'The reset button',
    })
  : null;

type DemoMenuProps = {
  /** Before the demo's data is replaced: what the browser kept of the old data goes with it. */
  onDataReset: () => Promise<void>;
};

/** The demo badge, the Fault lab and the presenter's reset: absent outside demo mode. */
export function DemoMenu({ onDataReset }: DemoMenuProps) {
  const demo = useDemo();
  const [labOpen, setLabOpen] = useState(false);
  // Stays mounted after the first open so closing animates and hands focus back to the button.
  const [labLoaded, setLabLoaded] = useState(false);
  if (!demo) return null;
  return (
    <Stack direction="row" spacing={1} align="center">
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
      {ResetDemoButton && <ResetDemoButton demo={demo} onDataReset={onDataReset} />}
      {FaultLabDialog && labLoaded && (
        <FaultLabDialog demo={demo} open={labOpen} onClose={() => setLabOpen(false)} />
      )}
    </Stack>
  );
}

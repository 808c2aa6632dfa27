import { useState } from 'react';

import { Button } from '@/components/ui/button';
import { CheckIcon, ContentCopyIcon } from '@/components/ui/icons';
import { notify } from '@/lib/state/notifications';

/** Copies a failure's diagnostics (message, code, ids, time) for a support ticket. */
export function CopyDiagnosticsButton({ text }: { text: () => string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopied(true);
    } catch {
      notify('warning', 'The browser did not allow copying. Select the ids above and copy them.');
    }
  };
  return (
    <Button
      color="inherit"
      size="small"
      startIcon={copied ? <CheckIcon /> : <ContentCopyIcon />}
      onClick={() => void copy()}
    >
      {copied ? 'Diagnostics copied' : 'Copy diagnostics'}
    </Button>
  );
}

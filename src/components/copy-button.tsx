import { useState } from 'react';

import { DeferredTooltip } from '@/components/deferred-tooltip';
import { IconButton } from '@/components/ui/button';
import { CheckIcon, ContentCopyIcon } from '@/components/ui/icons';
import { notify } from '@/lib/state/notifications';

type CopyButtonProps = { value: string; label: string };

export function CopyButton({ value, label }: CopyButtonProps) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      notify('warning', 'The browser did not allow copying. Select the text and copy it.');
      return;
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <DeferredTooltip title={copied ? 'Copied' : label}>
      <IconButton size="small" aria-label={label} onClick={() => void copy()}>
        {copied ? <CheckIcon fontSize="inherit" /> : <ContentCopyIcon fontSize="inherit" />}
      </IconButton>
    </DeferredTooltip>
  );
}

import AutoFixHighIcon from '@mui/icons-material/AutoFixHigh';
import Button from '@mui/material/Button';
import { useWatch } from 'react-hook-form';

import type { Connector } from '../../model/connector';

import { suggestDisplayName } from './suggest-display-name';

type SuggestedNameButtonProps = {
  connector: Connector;
  onApply: (name: string) => void;
  disabled?: boolean;
};

/** One click to a name built from the machine name: helpdesk staff rename connectors for exactly this. */
export function SuggestedNameButton({ connector, onApply, disabled }: SuggestedNameButtonProps) {
  const machineName = useWatch({ name: 'machineName' }) as string | undefined;
  const displayName = useWatch({ name: 'displayName' }) as string | undefined;
  const suggestion = suggestDisplayName({ machineName: machineName ?? connector.machineName });
  if (!suggestion || suggestion === displayName) return null;
  return (
    <Button
      size="small"
      startIcon={<AutoFixHighIcon />}
      onClick={() => onApply(suggestion)}
      disabled={disabled}
      sx={{ alignSelf: 'flex-start' }}
    >
      Use suggested name: {suggestion}
    </Button>
  );
}

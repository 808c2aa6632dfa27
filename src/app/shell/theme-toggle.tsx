import DarkModeIcon from '@mui/icons-material/DarkMode';
import LightModeIcon from '@mui/icons-material/LightMode';
import SettingsBrightnessIcon from '@mui/icons-material/SettingsBrightness';
import IconButton from '@mui/material/IconButton';
import { useColorScheme } from '@mui/material/styles';

import { DeferredTooltip } from '@/components/deferred-tooltip';

const NEXT = { system: 'light', light: 'dark', dark: 'system' } as const;
const LABELS = {
  system: 'Theme: follows the system',
  light: 'Theme: light',
  dark: 'Theme: dark',
} as const;
const ICONS = {
  system: <SettingsBrightnessIcon />,
  light: <LightModeIcon />,
  dark: <DarkModeIcon />,
};

/** Cycles system → light → dark; the system setting is the default. */
export function ThemeToggle() {
  const { mode, setMode } = useColorScheme();
  const current = mode ?? 'system';
  const label = `${LABELS[current]}. Switch to ${NEXT[current]}.`;
  return (
    <DeferredTooltip title={label}>
      <IconButton color="inherit" aria-label={label} onClick={() => setMode(NEXT[current])}>
        {ICONS[current]}
      </IconButton>
    </DeferredTooltip>
  );
}

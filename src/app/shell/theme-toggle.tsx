import { DeferredTooltip } from '@/components/deferred-tooltip';
import { IconButton } from '@/components/ui/button';
import { DarkModeIcon, LightModeIcon, SettingsBrightnessIcon } from '@/components/ui/icons';
import { setColorSchemeMode, useColorScheme } from '@/theme/color-scheme';

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
  const current = useColorScheme().mode;
  const label = `${LABELS[current]}. Switch to ${NEXT[current]}.`;
  return (
    <DeferredTooltip title={label}>
      <IconButton
        color="inherit"
        aria-label={label}
        onClick={() => setColorSchemeMode(NEXT[current])}
      >
        {ICONS[current]}
      </IconButton>
    </DeferredTooltip>
  );
}

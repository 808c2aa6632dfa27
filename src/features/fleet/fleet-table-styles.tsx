import GlobalStyles from '@mui/material/GlobalStyles';
import type { Theme } from '@mui/material/styles';
import { memo } from 'react';

import { HEALTH_COLORS } from '@/features/connectors/health/health-chip';

export const ROW_HEIGHT = 56;
export const VIEWPORT_HEIGHT = 560;

// As the outlined Chip colours itself: the verdict's main colour, its border at 70%.
const healthColours = (theme: Theme) =>
  Object.fromEntries(
    Object.entries(HEALTH_COLORS).map(([level, colour]) => {
      const main = (theme.vars ?? theme).palette[colour].main;
      return [
        `.fleet-connectors .health.${level}`,
        { color: main, borderColor: theme.alpha(main, 0.7) },
      ];
    }),
  );

// Tenant, Name, Health, State, Version, Last connection; Reasons has no width of its own.
const COLUMN_WIDTHS = ['12%', '20%', 136, 104, 136, 148];
const columnWidths = Object.fromEntries(
  COLUMN_WIDTHS.map((width, index) => [
    `.fleet-connectors thead th:nth-of-type(${index + 1})`,
    { width },
  ]),
);

// The body's plain cells look like MUI's small TableCell, and the health badge like the small outlined
// HealthChip. Global styles under the table's class, written once: an `sx` on the table would be
// turned into CSS again at each keystroke.
const fleetTableStyles = (theme: Theme) => {
  const palette = (theme.vars ?? theme).palette;
  return {
    '.fleet-scroller': { maxHeight: VIEWPORT_HEIGHT, overflow: 'auto', contain: 'content' },
    // Fixed layout: the columns' widths come from the header alone, so neither a keystroke's new rows
    // nor a long name makes the browser measure every cell again; Reasons takes what is left.
    '.fleet-connectors': { tableLayout: 'fixed', minWidth: 960 },
    ...columnWidths,
    '.fleet-connectors tbody tr:not([aria-hidden])': { height: ROW_HEIGHT },
    '.fleet-connectors tbody td': {
      ...theme.typography.body2,
      padding: '6px 16px',
      borderBottom: `1px solid ${palette.divider}`,
      color: palette.text.primary,
      // One line per row, as the window's arithmetic (ROW_HEIGHT) assumes.
      whiteSpace: 'nowrap',
    },
    // The texts that can outgrow their column end in an ellipsis; a cut reason is whole in its title.
    '.fleet-connectors tbody td.tenant, .fleet-connectors tbody td.name, .fleet-connectors tbody td.reasons':
      { overflow: 'hidden', textOverflow: 'ellipsis' },
    '.fleet-connectors tbody td a': { color: palette.primary.main },
    '.fleet-connectors .health': {
      display: 'inline-flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      height: 24,
      borderRadius: 12,
      border: '1px solid',
      padding: '0 7px 0 2px',
      fontSize: theme.typography.pxToRem(13),
    },
    '.fleet-connectors .health svg': {
      width: 18,
      height: 18,
      marginRight: 3,
      fill: 'currentColor',
    },
    ...healthColours(theme),
  } as const;
};

/** The fleet table's styles; no props, so React renders it once. */
export const FleetTableStyles = memo(function FleetTableStyles() {
  return <GlobalStyles styles={fleetTableStyles} />;
});

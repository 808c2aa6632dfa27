import type { Components, Theme } from '@mui/material/styles';

export const dataDisplayCustomizations: Components<Theme> = {
  MuiChip: { defaultProps: { size: 'small' } },
  MuiTableCell: {
    styleOverrides: {
      // theme.vars: with CSS variables, theme.palette holds the light scheme's values only.
      head: ({ theme }) => ({
        fontWeight: 600,
        color: (theme.vars ?? theme).palette.text.secondary,
      }),
    },
  },
  MuiTooltip: { defaultProps: { arrow: true } },
};

import type { Components, Theme } from '@mui/material/styles';

export const inputsCustomizations: Components<Theme> = {
  MuiButtonBase: { defaultProps: { disableRipple: false } },
  MuiButton: {
    styleOverrides: {
      root: ({ theme }) => ({
        '&.Mui-focusVisible': {
          // theme.vars, not theme.palette: with CSS variables the palette is the light scheme's only.
          outline: `2px solid ${(theme.vars ?? theme).palette.primary.main}`,
          outlineOffset: 2,
        },
      }),
    },
  },
  MuiTextField: { defaultProps: { fullWidth: true } },
};

import type { Components, Theme } from '@mui/material/styles';

import { sharedRule } from './shared-rules';

export const inputsCustomizations: Components<Theme> = {
  MuiButtonBase: { defaultProps: { disableRipple: false } },
  MuiButton: {
    styleOverrides: {
      root: {
        '&.Mui-focusVisible': {
          outline: sharedRule.focusOutline,
          outlineOffset: sharedRule.focusOutlineOffset,
        },
      },
    },
  },
  MuiTextField: { defaultProps: { fullWidth: true } },
};

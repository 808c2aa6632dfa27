import type { Components, Theme } from '@mui/material/styles';

import { sharedRule } from './shared-rules';

export const dataDisplayCustomizations: Components<Theme> = {
  MuiChip: { defaultProps: { size: 'small' } },
  MuiTableCell: {
    styleOverrides: {
      head: { fontWeight: sharedRule.tableHeadFontWeight, color: sharedRule.tableHeadColor },
    },
  },
  MuiTooltip: { defaultProps: { arrow: true } },
};

import CssBaseline from '@mui/material/CssBaseline';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';

import { dataDisplayCustomizations } from './customizations/data-display';
import { inputsCustomizations } from './customizations/inputs';
import { navigationCustomizations } from './customizations/navigation';
import { colorSchemes, shape, typography } from './primitives';

export const appTheme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes,
  typography,
  shape,
  components: {
    ...inputsCustomizations,
    ...dataDisplayCustomizations,
    ...navigationCustomizations,
  },
});

/** Light or dark follows the operating system until the user picks one. */
export function AppTheme({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={appTheme} defaultMode="system">
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}

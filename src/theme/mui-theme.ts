import { createTheme } from '@mui/material/styles';

import { dataDisplayCustomizations } from './customizations/data-display';
import { inputsCustomizations } from './customizations/inputs';
import { navigationCustomizations } from './customizations/navigation';
import { colorSchemes, shape, typography } from './primitives';

/**
 * The MUI theme of the lazily loaded screens. Its CSS variables ship as static CSS (`theme-vars.css`,
 * generated from this theme), so the first page's own components and MUI's read the same tokens.
 */
export const muiTheme = createTheme({
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

// The theme is built with CSS variables: MUI's types then include `vars` and the schemes.
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}

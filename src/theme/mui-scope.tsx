import { ThemeProvider } from '@mui/system';
import { useMemo, type ComponentType, type ReactNode } from 'react';

import { useColorScheme } from './color-scheme';
import { muiTheme } from './mui-theme';

/**
 * MUI's theme for a lazily loaded screen. Not MUI's CssVarsProvider: the variables are already on the
 * page (theme-vars.css) and the color scheme is ours, so the provider only hands components the theme,
 * with the current scheme's palette as CssVarsProvider would.
 */
export function MuiScope({ children }: { children: ReactNode }) {
  const { scheme } = useColorScheme();
  const theme = useMemo(() => ({ ...muiTheme, ...muiTheme.colorSchemes[scheme] }), [scheme]);
  return <ThemeProvider theme={theme}>{children}</ThemeProvider>;
}

const scoped = new WeakMap<ComponentType<never>, ComponentType<never>>();

/** The component inside MuiScope; the same wrapper each time, so a second load does not remount. */
export function withMuiScope<P extends object>(Component: ComponentType<P>): ComponentType<P> {
  const known = scoped.get(Component as ComponentType<never>);
  if (known) return known as ComponentType<P>;
  const Scoped = (props: P) => (
    <MuiScope>
      <Component {...props} />
    </MuiScope>
  );
  Scoped.displayName = `MuiScope(${Component.displayName ?? Component.name})`;
  scoped.set(Component as ComponentType<never>, Scoped as ComponentType<never>);
  return Scoped;
}

import type { ThemeOptions } from '@mui/material/styles';

// Fluent-like blue on neutral greys, tuned for WCAG AA contrast in both schemes. A filled alert (a
// toast) puts white text on `main` in light and on `dark` in dark: MUI's own info blue (#0288d1) and the
// warning dark derived from #f2a83b give it only 3.85:1 and 3.98:1, so those are set here.
export const colorSchemes: ThemeOptions['colorSchemes'] = {
  light: {
    palette: {
      primary: { main: '#0f6cbd' },
      info: { main: '#0277bd' },
      success: { main: '#0e7a0d' },
      warning: { main: '#8a5300' },
      error: { main: '#c50f1f' },
      background: { default: '#f5f5f5', paper: '#ffffff' },
    },
  },
  dark: {
    palette: {
      primary: { main: '#62abf5' },
      info: { main: '#29b6f6', light: '#4fc3f7', dark: '#0277bd' },
      success: { main: '#54b054' },
      warning: { main: '#f2a83b', dark: '#8a5300' },
      error: { main: '#f1707b' },
      background: { default: '#141414', paper: '#1f1f1f' },
    },
  },
};

export const typography: ThemeOptions['typography'] = {
  fontFamily: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
  h1: { fontSize: '1.5rem', fontWeight: 600 },
  h2: { fontSize: '1.125rem', fontWeight: 600 },
  button: { textTransform: 'none', fontWeight: 600 },
};

export const shape: ThemeOptions['shape'] = { borderRadius: 6 };

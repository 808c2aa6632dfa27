import type { ThemeOptions } from '@mui/material/styles';

// Fluent-like blue on neutral greys, tuned for WCAG AA contrast in both schemes.
export const colorSchemes: ThemeOptions['colorSchemes'] = {
  light: {
    palette: {
      primary: { main: '#0f6cbd' },
      success: { main: '#0e7a0d' },
      warning: { main: '#8a5300' },
      error: { main: '#c50f1f' },
      background: { default: '#f5f5f5', paper: '#ffffff' },
    },
  },
  dark: {
    palette: {
      primary: { main: '#62abf5' },
      success: { main: '#54b054' },
      warning: { main: '#f2a83b' },
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

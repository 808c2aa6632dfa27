import type { ComponentType } from 'react';

/**
 * A loader for a lazily loaded component that uses MUI: MUI and its theme load with it, and the
 * component comes wrapped in MuiScope. The first page carries no MUI (issue #12).
 */
export function withMui<P extends object>(load: () => Promise<ComponentType<P>>) {
  return async (): Promise<ComponentType<P>> => {
    const [Component, { withMuiScope }] = await Promise.all([load(), import('./mui-scope')]);
    return withMuiScope(Component);
  };
}

import { createContext, useContext } from 'react';

import type { DemoControls } from './model/demo-controls';

export const DemoContext = createContext<DemoControls | null>(null);

/** The demo tenant's controls, or null outside demo mode. */
export function useDemo(): DemoControls | null {
  return useContext(DemoContext);
}

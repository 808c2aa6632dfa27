import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { startOrExplain } from './start/start-failed';
import { startSignedInApp } from './start/start-signed-in';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const root = createRoot(container);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

// Vite replaces the literal at build time, so a production bundle drops this branch and with it
// the mock Graph and the demo account.
if (import.meta.env.VITE_DEMO_MODE === 'true') {
  void startOrExplain(async (to) => (await import('./start/start-demo')).startDemoApp(to), render);
} else {
  void startOrExplain(startSignedInApp, render);
}

import { App } from '@/app/app';
import { graphBaseUrl } from '@/config/clouds';
import { demoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { createQueryClient } from '@/lib/query-client';
import { startDemo } from '@/mocks/browser';

import type { RenderRoot } from './render-root';

/** Demo mode: the mock Graph starts in the browser before the first render, and a fixed demo admin signs in. */
export async function startDemoApp(render: RenderRoot) {
  const demo = await startDemo();
  configureGraphClient({
    baseUrl: graphBaseUrl('global'),
    getAccessToken: (request) => demoAuthClient.acquireToken(request),
    onRetry: reportRetryProgress,
  });
  render(
    <App session={{ client: demoAuthClient }} queryClient={createQueryClient()} demo={demo} />,
  );
}

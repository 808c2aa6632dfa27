import { App } from '@/app/app';
import { graphBaseUrl } from '@/config/clouds';
import { loadDemoRequestTimeoutSeconds } from '@/config/load-app-config';
import { createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { createQueryClient } from '@/lib/query-client';
import { startDemo } from '@/mocks/browser';

import type { RenderRoot } from './render-root';

/** Demo mode: the mock Graph starts in the browser before the first render, and a fixed demo admin signs in. */
export async function startDemoApp(render: RenderRoot) {
  const [demo, timeoutSeconds] = await Promise.all([startDemo(), loadDemoRequestTimeoutSeconds()]);
  const demoAuthClient = createDemoAuthClient(demo.tenants());
  configureGraphClient({
    baseUrl: graphBaseUrl('global'),
    getAccessToken: (request) => demoAuthClient.acquireToken(request),
    timeoutMs: timeoutSeconds * 1000,
    onRetry: reportRetryProgress,
  });
  render(
    <App session={{ client: demoAuthClient }} queryClient={createQueryClient()} demo={demo} />,
  );
}

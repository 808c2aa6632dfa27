import { App } from '@/app/app';
import { graphBaseUrl } from '@/config/clouds';
import { loadDemoConfig } from '@/config/load-app-config';
import { configureConnectorReleases } from '@/features/connectors/lifecycle/release-table-store';
import { createDemoAuthClient } from '@/lib/auth/demo-auth-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { createQueryClient } from '@/lib/query-client';
import { startDemo } from '@/mocks/browser';

import type { RenderRoot } from './render-root';
import { showConfigProblems } from './show-config-problems';

/** Demo mode: the mock Graph starts in the browser before the first render, and a fixed demo admin signs in. */
export async function startDemoApp(render: RenderRoot) {
  const [demo, config] = await Promise.all([startDemo(), loadDemoConfig()]);
  if (config.kind === 'invalid') return showConfigProblems(render, config.problems);
  configureConnectorReleases(config.connectorReleases);
  const demoAuthClient = createDemoAuthClient(demo.tenants());
  configureGraphClient({
    baseUrl: graphBaseUrl('global'),
    getAccessToken: (request) => demoAuthClient.acquireToken(request),
    timeoutMs: config.requestTimeoutSeconds * 1000,
    onRetry: reportRetryProgress,
  });
  render(
    <App session={{ client: demoAuthClient }} queryClient={createQueryClient()} demo={demo} />,
  );
}

import type { ReactNode } from 'react';

import { App } from '@/app/app';
import { createAppRouter } from '@/app/router';
import { loadAppConfig } from '@/config/load-app-config';
import { ConfigErrorPage } from '@/features/auth/components/config-error-page';
import { ConnectTenantPage } from '@/features/auth/components/connect-tenant-page';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { AuthContextProvider } from '@/lib/auth/auth-context';
import { createMsalAuthClient, startMsal } from '@/lib/auth/msal-auth-client';
import { describeAuthError } from '@/lib/auth/msal-errors';
import { getMsalInstance } from '@/lib/auth/msal-instance';
import { RouterNavigationClient } from '@/lib/auth/router-navigation-client';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { createQueryClient } from '@/lib/query-client';
import { AppTheme } from '@/theme/app-theme';

import type { RenderRoot } from './render-root';

/** Production: runtime config, then MSAL initialized and the redirect handled, then the first render. */
export async function startSignedInApp(render: RenderRoot) {
  const renderPage = (page: ReactNode) => render(<AppTheme>{page}</AppTheme>);
  const result = await loadAppConfig();
  if (result.kind === 'missing') return renderPage(<ConnectTenantPage />);
  if (result.kind === 'invalid') return renderPage(<ConfigErrorPage problems={result.problems} />);
  const { config } = result;

  const msal = getMsalInstance(config);
  const router = createAppRouter();
  msal.setNavigationClient(
    new RouterNavigationClient((to, options) => router.navigate(to, options)),
  );
  const { redirectError } = await startMsal(msal);
  const client = createMsalAuthClient(msal, config);
  configureGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (request) => client.acquireToken(request),
    onRetry: reportRetryProgress,
  });

  if (!client.getAccount()) {
    const error = redirectError ? describeAuthError(redirectError, config.clientId) : null;
    return renderPage(
      <AuthContextProvider client={client}>
        <SignInPage error={error} />
      </AuthContextProvider>,
    );
  }
  render(<App session={{ client, msal }} queryClient={createQueryClient()} router={router} />);
}

import type { ReactNode } from 'react';

import { App } from '@/app/app';
import { loadAppConfig } from '@/config/load-app-config';
import { SignInPage } from '@/features/auth/components/sign-in-page';
import { configureConnectorReleases } from '@/features/connectors/lifecycle/release-table-store';
import { AuthContextProvider } from '@/lib/auth/auth-context';
import { leavingForEntra } from '@/lib/auth/interaction-hooks';
import { createMsalAuthClient } from '@/lib/auth/msal-auth-client';
import { aadstsCode, describeAuthError } from '@/lib/auth/msal-errors';
import { getMsalInstance } from '@/lib/auth/msal-instance';
import { RouterNavigationClient } from '@/lib/auth/router-navigation-client';
import { followSignOutInOtherTabs } from '@/lib/auth/session-channel';
import { takeSignedOutReason } from '@/lib/auth/session-storage';
import { signInPrompt } from '@/lib/auth/sign-in-prompt';
import { startMsal } from '@/lib/auth/start-msal';
import { configureGraphClient } from '@/lib/graph/graph-client';
import { reportRetryProgress } from '@/lib/graph/retry-status';
import { createQueryClient } from '@/lib/query-client';
import { createBrowserAppHistory } from '@/lib/router/app-history';
import { AppTheme } from '@/theme/app-theme';

import type { RenderRoot } from './render-root';
import { showConfigProblems } from './show-config-problems';

/** Production: runtime config, then MSAL initialized and the redirect handled, then the first render. */
export async function startSignedInApp(render: RenderRoot) {
  const renderPage = (page: ReactNode) => render(<AppTheme>{page}</AppTheme>);
  const result = await loadAppConfig();
  // Pages of a console not set up yet load only then, off every signed-in visit's first page.
  if (result.kind === 'missing') {
    const { ConnectTenantPage } = await import('@/features/auth/components/connect-tenant-page');
    return renderPage(<ConnectTenantPage />);
  }
  if (result.kind === 'invalid') return showConfigProblems(render, result.problems);
  const { config } = result;
  configureConnectorReleases(config.connectorReleases);

  const msal = getMsalInstance(config);
  const history = createBrowserAppHistory();
  msal.setNavigationClient(
    new RouterNavigationClient((to, { replace }) =>
      replace ? history.navigator.replace(to) : history.navigator.push(to),
    ),
  );
  const { redirectError } = await startMsal(msal, config);
  const client = createMsalAuthClient(msal, config, {
    interactiveAttemptFailed: Boolean(redirectError),
  });
  configureGraphClient({
    baseUrl: config.graphBaseUrl,
    getAccessToken: (request) => client.acquireToken(request),
    timeoutMs: config.requestTimeoutSeconds * 1000,
    onRetry: reportRetryProgress,
  });
  followSignOutInOtherTabs(
    () => msal.clearCache(),
    () => {
      leavingForEntra.set(true);
      window.location.assign(import.meta.env.BASE_URL);
    },
  );

  // Shown once: MSAL forgets the error as soon as it has handed it over.
  const failure = redirectError
    ? {
        message: describeAuthError(redirectError, config.clientId),
        code: aadstsCode(redirectError),
      }
    : null;
  if (!client.getAccount()) {
    return renderPage(
      <AuthContextProvider client={client}>
        <SignInPage
          error={failure}
          signedOutReason={takeSignedOutReason()}
          idleTimeoutMinutes={config.idleTimeoutMinutes}
        />
      </AuthContextProvider>,
    );
  }
  if (failure) signInPrompt.set(failure);
  render(<App session={{ client, msal }} queryClient={createQueryClient()} history={history} />);
}

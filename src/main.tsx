import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { IS_DEMO_BUILD } from './config/env';
import { GRAPH_BASE_URL, GRAPH_SCOPES } from './config/graph';
import { ConnectTenantPage } from './features/auth/components/connect-tenant-page';
import { SignInPage } from './features/auth/components/sign-in-page';
import { AuthContextProvider } from './lib/auth/auth-context';
import { demoAuthClient } from './lib/auth/demo-auth-client';
import { createMsalAuthClient, createMsalInstance, startMsal } from './lib/auth/msal-auth-client';
import { configureGraphClient } from './lib/graph/graph-client';
import { createQueryClient } from './lib/query-client';
import { AppTheme } from './theme/app-theme';

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);

async function startDemoApp() {
  const { startDemo } = await import('./mocks/browser');
  const demo = await startDemo();
  configureGraphClient({ baseUrl: GRAPH_BASE_URL, getAccessToken: () => demoAuthClient.acquireToken() });
  render(<App session={{ client: demoAuthClient }} queryClient={createQueryClient()} demo={demo} />);
}

async function startSignedInApp() {
  const clientId = import.meta.env.VITE_CLIENT_ID as string | undefined;
  if (!clientId) {
    render(
      <AppTheme>
        <ConnectTenantPage />
      </AppTheme>,
    );
    return;
  }
  const settings = {
    clientId,
    authority: `https://login.microsoftonline.com/${(import.meta.env.VITE_TENANT_ID as string | undefined) ?? 'organizations'}`,
    redirectUri: `${window.location.origin}/redirect.html`,
    scopes: GRAPH_SCOPES,
  };
  const msal = createMsalInstance(settings);
  await startMsal(msal);
  const client = createMsalAuthClient(msal, settings);
  configureGraphClient({ baseUrl: GRAPH_BASE_URL, getAccessToken: () => client.acquireToken() });
  if (!client.getAccount()) {
    render(
      <AppTheme>
        <AuthContextProvider client={client}>
          <SignInPage />
        </AuthContextProvider>
      </AppTheme>,
    );
    return;
  }
  render(<App session={{ client, msal }} queryClient={createQueryClient()} />);
}

void (IS_DEMO_BUILD ? startDemoApp() : startSignedInApp());

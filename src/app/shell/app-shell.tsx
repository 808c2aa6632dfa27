import { NavLink, Outlet } from 'react-router';

import { RouteBoundary } from '@/components/route-boundary';
import { linkClass } from '@/components/ui/link';
import { Stack } from '@/components/ui/stack';
import { Container } from '@/components/ui/surface';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { forgetSnapshots } from '@/features/connectors/last-visit/forget-snapshots';
import { DemoMenu } from '@/features/demo/public';
import { HomeTenantScope } from '@/features/tenants/home-tenant-scope';
import { TenantSwitcher } from '@/features/tenants/tenant-switcher';
import { preloadRoute } from '@/lib/route-preload';
import { notify } from '@/lib/state/notifications';
import { usePreload } from '@/lib/use-preload';

import './app-shell.css';

import { FleetNavLink } from './fleet-nav-link';
import { LazyNotificationsOutlet } from './lazy-notifications-outlet';
import { OfflineBanner } from './offline-banner';
import { ReadOnlyBanner } from './read-only-banner';
import { RetryIndicator } from './retry-indicator';
import { SessionDialogs } from './session-dialogs';
import { ThemeToggle } from './theme-toggle';

const NAV_LINKS = [
  [paths.connectors.path, 'Connectors'],
  [paths.changes.path, 'Changes'],
] as const;

// The list leads to the detail page: its chunk is fetched once the page is up, not on the click (which
// may be offline).
const preloadDetailPage = async () => preloadRoute(paths.connector.path);

const forgetBrowserSnapshots = async () => {
  await forgetSnapshots();
  notify(
    'success',
    "This browser's snapshots of connector lists are forgotten. The next one is kept when the app next starts.",
  );
};

export function AppShell() {
  usePreload(preloadDetailPage);
  return (
    <div className="app-shell">
      <header className="app-shell__bar">
        <div className="app-shell__toolbar">
          <p className="app-shell__title">NDES Connector Admin</p>
          <nav aria-label="Main" className="app-shell__nav">
            <Stack direction="row" spacing={2}>
              {NAV_LINKS.map(([to, label]) => (
                <NavLink key={to} to={to} className={linkClass('inherit')}>
                  {label}
                </NavLink>
              ))}
              <FleetNavLink />
            </Stack>
          </nav>
          <Stack direction="row" spacing={2} align="center" wrap>
            <TenantSwitcher />
            <DemoMenu onDataReset={forgetSnapshots} />
            <ThemeToggle />
            <AccountMenu onForgetSnapshots={forgetBrowserSnapshots} />
          </Stack>
        </div>
      </header>
      <Container component="main" maxWidth="wide" style={{ paddingTop: 24, paddingBottom: 24 }}>
        <OfflineBanner />
        <ReadOnlyBanner />
        <RetryIndicator />
        <RouteBoundary>
          <HomeTenantScope>
            <Outlet />
          </HomeTenantScope>
        </RouteBoundary>
      </Container>
      <LazyNotificationsOutlet />
      <SessionDialogs />
    </div>
  );
}

import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Container from '@mui/material/Container';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { useEffect } from 'react';
import { NavLink, Outlet } from 'react-router';

import { RouteBoundary } from '@/components/route-boundary';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { HomeTenantScope } from '@/features/tenants/home-tenant-scope';
import { TenantSwitcher } from '@/features/tenants/tenant-switcher';
import { preloadRoute } from '@/lib/route-preload';

import { DemoMenu } from './demo-menu';
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

export function AppShell() {
  // The list leads to the detail page: its chunk is fetched now, not on the click (which may be offline).
  useEffect(() => preloadRoute(paths.connector.path), []);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }}>
      <AppBar position="sticky" sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2, flexWrap: 'wrap', py: 1 }}>
          <Typography component="p" variant="h2" sx={{ flexGrow: { xs: 1, md: 0 } }}>
            NDES Connector Admin
          </Typography>
          <Box component="nav" aria-label="Main" sx={{ flexGrow: 1 }}>
            <Stack direction="row" spacing={2}>
              {NAV_LINKS.map(([to, label]) => (
                <Link
                  key={to}
                  component={NavLink}
                  to={to}
                  color="inherit"
                  sx={{ '&.active': { fontWeight: 700 } }}
                >
                  {label}
                </Link>
              ))}
              <FleetNavLink />
            </Stack>
          </Box>
          <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
            <TenantSwitcher />
            <DemoMenu />
            <ThemeToggle />
            <AccountMenu />
          </Stack>
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: 3 }}>
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
    </Box>
  );
}

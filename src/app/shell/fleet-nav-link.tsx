import Link from '@mui/material/Link';
import { NavLink } from 'react-router';

import { tenantPaths } from '@/config/tenant-paths';
import { useAuth } from '@/lib/auth/auth-context';

/** "Fleet" in the top bar, when the console has more than one tenant. */
export function FleetNavLink() {
  if (useAuth().tenants.length < 2) return null;
  return (
    <Link
      component={NavLink}
      to={tenantPaths.fleet.path}
      color="inherit"
      sx={{ '&.active': { fontWeight: 700 } }}
    >
      Fleet
    </Link>
  );
}

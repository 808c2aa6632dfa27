import { NavLink } from 'react-router';

import { linkClass } from '@/components/ui/link';
import { tenantPaths } from '@/config/tenant-paths';
import { useAuth } from '@/lib/auth/auth-context';

/** "Fleet" in the top bar, when the console has more than one tenant. */
export function FleetNavLink() {
  if (useAuth().tenants.length < 2) return null;
  return (
    <NavLink to={tenantPaths.fleet.path} className={linkClass('inherit')}>
      Fleet
    </NavLink>
  );
}

import { FleetPage } from '@/features/fleet/fleet-page';
import { useAuth } from '@/lib/auth/auth-context';

export function FleetRoute() {
  return <FleetPage tenants={useAuth().tenants} />;
}

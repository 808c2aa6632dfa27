import { ChangeLogPage } from '@/features/change-log/change-log-page';

export function ChangesRoute() {
  return <ChangeLogPage />;
}

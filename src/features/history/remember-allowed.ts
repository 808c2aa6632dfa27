import type { UseQueryResult } from '@tanstack/react-query';
import { useEffect } from 'react';

import { useAuth } from '@/lib/auth/auth-context';
import { historyAllowed } from '@/lib/auth/history-allowed';
import { GraphError } from '@/lib/graph/graph-error';
import { useTenantScope } from '@/lib/tenant-scope';

/**
 * Notes "History allowed" for this user and tenant once History's read got its audit token: Graph
 * answered, with events or with an error (a 403 too). From then on "Since your last visit" may ask
 * for the token silently; before, nothing on the list touches audit data.
 */
export function useRememberHistoryAllowed(query: Pick<UseQueryResult, 'isSuccess' | 'error'>) {
  const user = useAuth().getAccount()?.homeAccountId;
  const { tenantId } = useTenantScope();
  const gotToken = query.isSuccess || query.error instanceof GraphError;
  useEffect(() => {
    if (gotToken && user && tenantId) historyAllowed.remember({ user, tenantId });
  }, [gotToken, user, tenantId]);
}

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { Stack } from '@/components/ui/stack';
import { ToggleButtons } from '@/components/ui/toggle-buttons';
import { useTenantScope } from '@/lib/tenant-scope';

import { HistoryContent } from './history-content';
import {
  DEFAULT_WINDOW,
  HISTORY_WINDOWS,
  historyQueries,
  type HistoryWindow,
} from './read-history';
import { useRememberHistoryAllowed } from './remember-allowed';

const WINDOW_OPTIONS = HISTORY_WINDOWS.map((days) => ({
  value: String(days),
  label: `${days} days`,
}));

const toWindow = (value: string): HistoryWindow =>
  HISTORY_WINDOWS.find((days) => String(days) === value) ?? DEFAULT_WINDOW;

/** A connector's changes from Intune's audit log, for a chosen window. */
export function HistoryPanel({ connectorId }: { connectorId: string }) {
  const { tenantId } = useTenantScope();
  const [days, setDays] = useState<HistoryWindow>(DEFAULT_WINDOW);
  const query = useQuery(historyQueries.connector({ tenantId, connectorId, days }));
  useRememberHistoryAllowed(query);
  return (
    <Stack spacing={2}>
      <ToggleButtons
        aria-label="Time window"
        options={WINDOW_OPTIONS}
        value={String(days)}
        onChange={(value) => setDays(toWindow(value))}
      />
      <HistoryContent connectorId={connectorId} query={query} days={days} />
    </Stack>
  );
}

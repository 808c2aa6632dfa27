import { useSearchParams } from 'react-router';

import { readListView, writeListView, type ListView } from './list-view';

/** The list's sort and filter, kept in the URL. */
export function useListView() {
  const [params, setParams] = useSearchParams();
  const view = readListView(params);
  const setView = (next: Partial<ListView>) =>
    setParams(writeListView({ ...view, ...next }), { replace: true });
  return [view, setView] as const;
}

import {
  asciiJson,
  connectMgGraphLines,
  powerShellQuote,
  type SnippetTenant,
} from '@/lib/snippets/shell-snippets';

import { batchBodies, type BulkItem } from './bulk-requests';

/**
 * The same change from PowerShell with the Microsoft Graph SDK's `Invoke-MgGraphRequest`, which signs
 * the request itself: no token appears. It prints each inner status, since the outer 200 says nothing.
 */
export function batchPowerShellSnippet(
  graphBaseUrl: string,
  items: BulkItem[],
  tenant: SnippetTenant,
): string {
  const bodies = batchBodies(items);
  return [
    ...connectMgGraphLines(tenant),
    ...bodies.flatMap((body, index) => [
      `# Batch ${index + 1} of ${bodies.length}`,
      `$body = ${powerShellQuote(asciiJson(body))}`,
      `$answer = Invoke-MgGraphRequest -Method POST -Uri ${powerShellQuote(`${graphBaseUrl}/$batch`)} -ContentType 'application/json' -Body $body`,
      '$answer.responses | Select-Object id, status',
    ]),
  ].join('\n');
}

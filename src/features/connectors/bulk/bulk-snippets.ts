import { asciiJson, powerShellQuote } from '../edit/review/snippets';

import { batchBodies, type BulkItem } from './bulk-requests';

/**
 * The same change from PowerShell with the Microsoft Graph SDK's `Invoke-MgGraphRequest`, which signs
 * the request itself: no token appears. It prints each inner status, since the outer 200 says nothing.
 */
export function batchPowerShellSnippet(graphBaseUrl: string, items: BulkItem[]): string {
  const bodies = batchBodies(items);
  return [
    'Connect-MgGraph -Scopes DeviceManagementConfiguration.ReadWrite.All',
    ...bodies.flatMap((body, index) => [
      `# Batch ${index + 1} of ${bodies.length}`,
      `$body = ${powerShellQuote(asciiJson(body))}`,
      `$answer = Invoke-MgGraphRequest -Method POST -Uri ${powerShellQuote(`${graphBaseUrl}/$batch`)} -ContentType 'application/json' -Body $body`,
      '$answer.responses | Select-Object id, status',
    ]),
  ].join('\n');
}

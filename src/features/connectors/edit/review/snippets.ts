import {
  asciiJson,
  connectMgGraphLines,
  powerShellQuote,
  shellQuote,
  tenantComment,
  type SnippetTenant,
} from '@/lib/snippets/shell-snippets';
import { splitInvisible, visibleJson } from '@/lib/text/invisible-characters';

import type { PatchRequest } from './patch-request';

export function curlSnippet(request: PatchRequest, tenant: SnippetTenant): string {
  const command = [
    `curl -X ${request.method} ${shellQuote(request.url)}`,
    `  -H "Authorization: Bearer $TOKEN"`,
    `  -H 'Accept: application/json'`,
    `  -H 'Content-Type: application/json'`,
    `  -H ${shellQuote(`client-request-id: ${request.clientRequestId}`)}`,
    // The same JSON value as bodyText; invisible characters are \u escapes, so a paste shows them.
    `  --data-raw ${shellQuote(visibleJson(request.body))}`,
  ].join(' \\\n');
  return `${tenantComment(tenant)}: $TOKEN must be a token this tenant issued.\n${command}`;
}

export function invokeMgGraphRequestSnippet(request: PatchRequest, tenant: SnippetTenant): string {
  return [
    ...connectMgGraphLines(tenant),
    `Invoke-MgGraphRequest -Method ${request.method} \``,
    `  -Uri ${powerShellQuote(request.url)} \``,
    `  -Headers @{ 'client-request-id' = ${powerShellQuote(request.clientRequestId)} } \``,
    `  -ContentType 'application/json' \``,
    `  -Body ${powerShellQuote(asciiJson(request.body))}`,
  ].join('\n');
}

/**
 * A PowerShell string; invisible characters are joined in as `[char]0x202E`, which Windows PowerShell
 * 5.1 understands too (the `u{202E} escape needs PowerShell 7).
 */
export function powerShellString(value: string): string {
  const parts = splitInvisible(value);
  if (parts.every((part) => 'text' in part)) return powerShellQuote(value);
  const terms = parts.map((part) => {
    if ('text' in part) return powerShellQuote(part.text);
    const hex = `0x${part.codePoint.slice(2)}`;
    return part.codePoint.length > 6 ? `[char]::ConvertFromUtf32(${hex})` : `[char]${hex}`;
  });
  return `(${terms.join(' + ')})`;
}

function powerShellValue(value: unknown): string {
  if (value === null) return '$null';
  if (Array.isArray(value)) return `@(${value.map(powerShellValue).join(', ')})`;
  return powerShellString(String(value));
}

/**
 * The Microsoft Graph PowerShell SDK cmdlet (module Microsoft.Graph.Beta.DeviceManagement.Administration;
 * the noun is singular "NdeConnector"). -BodyParameter keeps timestamps exactly as written.
 */
export function updateMgBetaSnippet(request: PatchRequest, tenant: SnippetTenant): string {
  const lines = Object.entries(request.body).map(
    ([key, value]) => `  ${key.startsWith('@') ? `"${key}"` : key} = ${powerShellValue(value)}`,
  );
  return [
    'Import-Module Microsoft.Graph.Beta.DeviceManagement.Administration',
    ...connectMgGraphLines(tenant),
    '$params = @{',
    ...lines,
    '}',
    `Update-MgBetaDeviceManagementNdeConnector -NdesConnectorId ${powerShellQuote(request.connectorId)} -BodyParameter $params`,
  ].join('\n');
}

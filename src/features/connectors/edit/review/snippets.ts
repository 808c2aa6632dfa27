import { splitInvisible, visibleJson } from '@/lib/text/invisible-characters';

import type { PatchRequest } from './patch-request';

/** POSIX shell single quotes: everything is literal except `'`, written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * PowerShell single quotes. PowerShell also treats the typographic quotes ‘ ’ ‚ ‛ as single quotes,
 * so each of them is doubled too. https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules
 */
export function powerShellQuote(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201A\u201B]/g, (quote) => quote + quote)}'`;
}

/** JSON with every non-ASCII character as \uXXXX: the same data, safe in a Windows PowerShell 5.1 console. */
export function asciiJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[\u007f-\uffff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The tenant a snippet must run in: a token, or a Connect-MgGraph session, from any other is wrong. */
export type SnippetTenant = { name: string; directoryId: string };

/**
 * A name made safe for a `#` comment line in PowerShell or a shell. A control or separator character
 * (line feed, carriage return, NEL, U+2028/U+2029) would end the comment and make the rest of the name a
 * command: it becomes a space, which keeps the words apart. A format character (bidi overrides and
 * isolates such as U+202E and U+2066–U+2069, zero-width characters) would make the line read otherwise
 * than it runs (Trojan Source): it is dropped.
 */
export function commentText(text: string): string {
  return text.replace(/[\p{Cc}\p{Zl}\p{Zp}]/gu, ' ').replace(/\p{Cf}/gu, '');
}

function tenantComment({ name, directoryId }: SnippetTenant): string {
  const named = name && name !== directoryId ? `${name} (${directoryId})` : directoryId;
  return `# Tenant: ${commentText(named)}`;
}

/** Signs Graph PowerShell in to the tenant itself, not to whichever tenant the session last used. */
export function connectMgGraphLines(tenant: SnippetTenant): string[] {
  return [
    tenantComment(tenant),
    `Connect-MgGraph -TenantId ${powerShellQuote(tenant.directoryId)} -Scopes DeviceManagementConfiguration.ReadWrite.All`,
  ];
}

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

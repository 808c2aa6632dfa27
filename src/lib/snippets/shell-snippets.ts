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

export function tenantComment({ name, directoryId }: SnippetTenant): string {
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

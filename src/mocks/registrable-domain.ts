/**
 * Stands in for `tldts` in demo builds. MSW's cookie store (tough-cookie) asks it for a host's
 * registrable domain; the real answer needs the whole public suffix list (about 250 KB minified, most
 * of the mock's code). The mock Graph reads no cookies, so the last two labels are close enough.
 */
export function getDomain(host: string): string | null {
  const labels = host.replace(/\.$/, '').split('.').filter(Boolean);
  return labels.length === 0 ? null : labels.slice(-2).join('.');
}

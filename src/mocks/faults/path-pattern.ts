/**
 * Matches a Graph path (without the version segment) against a pattern: `:name` stands for one
 * segment, a trailing `*` for any rest. `/deviceManagement/ndesConnectors/:id` matches one connector,
 * not the collection.
 */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  for (const [index, segment] of want.entries()) {
    if (segment === '*' && index === want.length - 1) return true;
    const actual = have[index];
    if (actual === undefined) return false;
    if (segment.startsWith(':')) continue;
    if (segment.toLowerCase() !== decodeURIComponent(actual).toLowerCase()) return false;
  }
  return have.length === want.length;
}

/** `https://graph.microsoft.com/beta/deviceManagement/x?$top=1` → `/deviceManagement/x`. */
export function graphPath(url: URL): string {
  return url.pathname.replace(/^\/(beta|v1\.0)(?=\/|$)/, '') || '/';
}

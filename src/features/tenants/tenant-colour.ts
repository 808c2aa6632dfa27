// Hues far enough apart to tell tenants apart at a glance; each is a mark beside the tenant's name,
// never the only cue (the name is always shown).
const TENANT_COLOURS = [
  '#1565c0',
  '#2e7d32',
  '#c62828',
  '#6a1b9a',
  '#ef6c00',
  '#00838f',
  '#ad1457',
  '#4e342e',
  '#558b2f',
  '#283593',
] as const;

/** A tenant's colour: the same tenant gets the same colour in every session and on every machine. */
export function tenantColour(tenantId: string): string {
  let hash = 0;
  for (const char of tenantId.toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return TENANT_COLOURS[hash % TENANT_COLOURS.length] ?? TENANT_COLOURS[0];
}

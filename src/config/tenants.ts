import * as z from '@/config/zod';

/** A tenant's directory id, the sign-in tenant's too; compared without regard to case (`sameTenant`). */
export type TenantId = string;

/** A customer tenant the console works in: its directory id and the name admins know it by. */
export type TenantInfo = { tenantId: string; name: string };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A console for an MSP; far beyond this the fleet view stops being a useful screen.
export const MAX_TENANTS = 500;

export const tenantsSchema = z
  .array(
    z.strictObject({
      tenantId: z
        .string({ error: 'a Directory (tenant) ID GUID' })
        .check(
          z.regex(
            GUID,
            'a Directory (tenant) ID GUID, such as 72f988bf-86f1-41af-91ab-2d7cd011db47',
          ),
        ),
      name: z
        .string({ error: 'the name admins know the tenant by, such as "Contoso"' })
        .check(
          z.trim(),
          z.minLength(1, 'a non-empty name, such as "Contoso"'),
          z.maxLength(80, 'a name of at most 80 characters'),
        ),
    }),
    { error: 'an array of { "tenantId": "<guid>", "name": "Contoso" }' },
  )
  .check(
    z.minLength(1, 'at least one tenant, or leave "tenants" out and set "tenantId"'),
    z.maxLength(MAX_TENANTS, `at most ${MAX_TENANTS} tenants`),
    z.superRefine((tenants, context) => {
      const seenIds = new Set<string>();
      const seenNames = new Set<string>();
      tenants.forEach(({ tenantId, name }, index) => {
        const id = tenantId.toLowerCase();
        if (seenIds.has(id))
          context.addIssue({
            code: 'custom',
            path: [index, 'tenantId'],
            message: `a tenant listed once: ${tenantId} is already in the list`,
          });
        if (seenNames.has(name.toLowerCase()))
          context.addIssue({
            code: 'custom',
            path: [index, 'name'],
            message: `a name no other tenant has: "${name}" is already used`,
          });
        seenIds.add(id);
        seenNames.add(name.toLowerCase());
      });
    }),
  );

/** The tenant a single `tenantId` configuration works in, named by its id or domain. */
export function singleTenant(tenantId: string): TenantInfo {
  return { tenantId, name: tenantId };
}

export function sameTenant(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function findTenant(tenants: TenantInfo[], tenantId: string): TenantInfo | undefined {
  return tenants.find((tenant) => sameTenant(tenant.tenantId, tenantId));
}

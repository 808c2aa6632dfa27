import { draftId } from '@/features/connectors/edit/drafts/draft-store';
import { connectorQueries } from '@/features/connectors/model/connector-queries';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { scopedPaths, tenantKey } from '@/lib/tenant-scope';

import { tenantColour } from './tenant-colour';

const FABRIKAM = '00000000-0000-4000-8000-00000000FAB1';
const CONTOSO = '00000000-0000-4000-8000-00000000C0DE';
const fabrikam = { tenantId: FABRIKAM, isHome: false };

describe('a tenant scope', () => {
  it('keeps the sign-in tenant at today’s URLs and drafts, with its id in its cache keys', () => {
    const home = { tenantId: CONTOSO, isHome: true };
    expect(tenantKey(CONTOSO)).toEqual(['tenant', CONTOSO.toLowerCase()]);
    expect(connectorQueries.list(CONTOSO).queryKey).toEqual([
      'tenant',
      CONTOSO.toLowerCase(),
      'connectors',
      'list',
    ]);
    expect(scopedPaths(home).connectorEdit('c1')).toBe('/connectors/c1/edit');
    expect(draftId(home, 'c1')).toBe('c1');
  });

  it('builds no cache key before sign-in, when there is no tenant', () => {
    expect(() => tenantKey('')).toThrow('before sign-in');
    expect(() => connectorQueries.list('')).toThrow('before sign-in');
  });

  it('puts another tenant in its URLs, its cache keys and its drafts’ ids, whatever the id’s case', () => {
    const paths = scopedPaths(fabrikam);
    expect(paths.connectors).toBe(`/t/${FABRIKAM}/connectors`);
    expect(paths.connector('c1')).toBe(`/t/${FABRIKAM}/connectors/c1`);
    expect(paths.connectorEdit('c1')).toBe(`/t/${FABRIKAM}/connectors/c1/edit`);
    const key = ['tenant', FABRIKAM.toLowerCase()];
    expect(connectorQueries.detail(FABRIKAM, 'c1').queryKey).toEqual([
      ...key,
      'connectors',
      'detail',
      'c1',
    ]);
    expect(scopeTagQueries.list(FABRIKAM.toLowerCase()).queryKey).toEqual([
      ...key,
      'scopeTags',
      'list',
    ]);
    expect(draftId(fabrikam, 'c1')).not.toBe('c1');
    expect(draftId(fabrikam, 'c1')).toBe(
      draftId({ ...fabrikam, tenantId: FABRIKAM.toLowerCase() }, 'c1'),
    );
  });

  it('gives a tenant the same colour every time, and tenants different colours', () => {
    expect(tenantColour(FABRIKAM)).toBe(tenantColour(FABRIKAM.toLowerCase()));
    const colours = new Set(
      ['c0de', 'fab1', 'a0e7', '0001', '0002', '0003'].map((end) =>
        tenantColour(`00000000-0000-4000-8000-00000000${end}`),
      ),
    );
    expect(colours.size).toBeGreaterThan(3);
  });
});

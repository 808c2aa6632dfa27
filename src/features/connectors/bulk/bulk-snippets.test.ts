import { seedConnectors } from '@/mocks/tenant/seed';

import { deleteItems } from './bulk-requests';
import { batchPowerShellSnippet } from './bulk-snippets';

const DIRECTORY_ID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

it('keeps a hostile tenant name inside its comment line, with no invisible characters', () => {
  const snippet = batchPowerShellSnippet(
    'https://graph.microsoft.com/beta',
    deleteItems(seedConnectors(Date.now()).slice(0, 1)),
    {
      name: 'Evil\u2028Remove-Item C:\\ \u202E\u2066x\u2069\u200B\r\nexit',
      directoryId: DIRECTORY_ID,
    },
  );
  const lines = snippet.split('\n');
  expect(lines[0]).toBe(`# Tenant: Evil Remove-Item C:\\ x  exit (${DIRECTORY_ID})`);
  expect(lines[1]).toMatch(/^Connect-MgGraph -TenantId /);
  expect(snippet).not.toMatch(/[\p{Cf}\p{Zl}\p{Zp}\r]/u);
});

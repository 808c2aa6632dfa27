import { expect, test } from '../support/demo-test';

import { armFault, loggedRequests } from './support/mock-graph';
import { openEditPage } from './support/places';
import { NEW_NAME } from './support/seed';
import { submitEdit } from './support/submit-edit';

const DEMO_TOKEN = 'demo-access-token';

test(
  'security: the access token never reaches storage, URLs or the console',
  {
    annotation: {
      type: 'expected',
      description:
        'the token is sent as a Bearer header only: not in storage, any URL, the console or diagnostics',
    },
  },
  async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const urls: string[] = [];
    const console: string[] = [];
    const bearerHeaders: string[] = [];
    page.on('console', (message) => console.push(message.text()));
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    context.on('request', (request) => {
      urls.push(request.url());
      const authorization = request.headers()['authorization'];
      if (authorization) bearerHeaders.push(authorization);
    });

    // Browse, save, and fail once, so every path that handles the token or an error has run.
    await openEditPage(page);
    await armFault(page, {
      method: 'PATCH',
      path: '/deviceManagement/ndesConnectors/:id',
      kind: 'http-500',
    });
    await submitEdit(page, { displayName: NEW_NAME });
    const failed = page
      .getByRole('alert')
      .filter({ hasText: 'Microsoft Graph had a problem answering.' });
    await failed.getByRole('button', { name: 'Copy diagnostics' }).click();
    await expect(failed.getByRole('button', { name: 'Diagnostics copied' })).toBeVisible();
    const diagnostics = await page.evaluate(() => navigator.clipboard.readText());
    const [failedPatch] = await loggedRequests(page, 'PATCH');
    await submitEdit(page);
    await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();

    // The check would see a leak: the token is really in use, in the Authorization header.
    expect(bearerHeaders).toContain(`Bearer ${DEMO_TOKEN}`);
    const storage = await page.evaluate(() =>
      JSON.stringify({ ...localStorage, ...sessionStorage }),
    );
    expect(storage).not.toContain(DEMO_TOKEN);
    expect(urls.filter((url) => url.includes(DEMO_TOKEN))).toEqual([]);
    expect(console.filter((text) => text.includes(DEMO_TOKEN))).toEqual([]);
    expect(diagnostics).toContain('"status": 500');
    expect(diagnostics).toContain(failedPatch?.requestId ?? 'the failed request-id');
    expect(diagnostics).not.toContain(DEMO_TOKEN);
    expect(page.url()).not.toContain(DEMO_TOKEN);
  },
);

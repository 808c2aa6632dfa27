import { expect, test } from '../support/demo-test';

import { armFaultBeforeLoad, loggedRequests } from './support/mock-graph';
import { PLACES } from './support/places';

const TAGS = '/deviceManagement/roleScopeTags';

test(
  "scope tags: the lookup error shows Graph's request-id and a Retry that keeps the form",
  {
    annotation: {
      type: 'expected',
      description:
        'request-id and a Retry beside the field; Retry loads the names, typed values stay',
    },
  },
  async ({ page }) => {
    await armFaultBeforeLoad(page, { method: 'GET', path: TAGS, kind: 'http-500' });
    await PLACES['scope tags'].strike(page);
    await page.getByRole('textbox', { name: 'Display name' }).fill('Typed before the retry');

    const note = page.getByRole('alert').filter({ hasText: 'Scope tag names could not be loaded' });
    await expect(note).toBeVisible();
    const [lookup] = await loggedRequests(page, 'GET', TAGS);
    expect(lookup?.requestId, 'the request-id the mock Graph sent').toBeTruthy();
    await expect(note).toContainText(`request-id${lookup?.requestId}`);
    await page.getByRole('button', { name: 'Retry loading scope tags' }).click();

    await expect(page.getByRole('button', { name: 'Headquarters', exact: true })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Display name' })).toHaveValue(
      'Typed before the retry',
    );
    expect(await loggedRequests(page, 'GET', TAGS)).toHaveLength(2);
  },
);

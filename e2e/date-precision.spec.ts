import type { Page } from '@playwright/test';

import {
  describedValue,
  displayNameField,
  openEditPage,
  reviewDialog,
  saveButton,
  savedAlert,
} from './support/connector-pages';
import { expect, test } from './support/demo-test';
import { openAdvanced } from './support/edit-form';
import { capturePatches, isGraphPatch } from './support/graph-requests';
import { CONNECTORS_URL } from './support/seeded';

// Seeded with timestamps as Microsoft's docs example writes them: 7 fractional digits, -08:00.
const WEST = {
  id: 'a1b7e3d5-4f2c-4e8a-b6d9-3c5f7a9e1b10',
  name: 'West coast NDES',
  enrolled: '2024-12-31T23:59:43.7971910-08:00',
};
const GRAPH_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}-08:00$/;
// The raw value closes the detail page's entry, after the formatted time.
const RAW_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const enrolledField = (page: Page) => page.getByLabel('Enrolled', { exact: true });
const lastConnectionField = (page: Page) => page.getByLabel('Last connection', { exact: true });

/** What the mock tenant holds, read the way any Graph client would (the service worker answers). */
async function readStored(page: Page) {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: 'application/json' } });
    const body = (await response.json()) as Record<string, unknown>;
    return { enrolled: body.enrolledDateTime, lastConnection: body.lastConnectionDateTime };
  }, `${CONNECTORS_URL}/${WEST.id}`);
}

/** The raw timestamp the detail page prints under the formatted one. */
async function rawOnDetailPage(page: Page, label: string) {
  const text = (await describedValue(page, label).textContent()) ?? '';
  return RAW_TIMESTAMP.exec(text)?.[0] ?? text;
}

/** `iso` as a datetime-local value at a fixed UTC offset, worked out here independently of the app. */
function wallClock(iso: string, offsetMinutes: number) {
  const value = new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 19);
  // The input's value leaves out seconds that are zero.
  return value.endsWith(':00') ? value.slice(0, 16) : value;
}

test.describe('in Kolkata (UTC+05:30, no daylight saving)', () => {
  test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-US' });

  test('renaming sends no timestamp, and Graph keeps both to the digit', async ({ page }) => {
    const patches = capturePatches(page);
    await page.goto(`/connectors/${WEST.id}`);
    await expect(page.getByRole('heading', { level: 1, name: WEST.name })).toBeVisible();

    const before = await readStored(page);
    expect(before.enrolled).toBe(WEST.enrolled);
    expect(before.lastConnection).toMatch(GRAPH_TIMESTAMP);
    await expect(describedValue(page, 'Enrolled')).toContainText(WEST.enrolled);
    await expect(describedValue(page, 'Last connection')).toContainText(
      String(before.lastConnection),
    );

    const renamed = 'West coast NDES (San Jose)';
    await page.getByRole('link', { name: 'Edit' }).click();
    await expect(displayNameField(page)).toHaveValue(WEST.name);
    await displayNameField(page).fill(renamed);
    await saveButton(page).click();
    await expect(reviewDialog(page).getByRole('rowheader')).toHaveText(['Display name']);

    const patchSent = page.waitForRequest(isGraphPatch);
    await reviewDialog(page).getByRole('button', { name: 'Confirm and save' }).click();
    const body = (await patchSent).postDataJSON() as Record<string, unknown>;
    expect(body).toStrictEqual({
      '@odata.type': '#microsoft.graph.ndesConnector',
      displayName: renamed,
    });
    expect(Object.keys(body).filter((key) => /date/i.test(key))).toEqual([]);

    await expect(savedAlert(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    expect(await readStored(page)).toStrictEqual(before);
    expect(await rawOnDetailPage(page, 'Enrolled')).toBe(WEST.enrolled);
    expect(await rawOnDetailPage(page, 'Last connection')).toBe(before.lastConnection);

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible();
    expect(await rawOnDetailPage(page, 'Enrolled')).toBe(WEST.enrolled);
    expect(await rawOnDetailPage(page, 'Last connection')).toBe(before.lastConnection);
    expect(patches).toHaveLength(1);
  });

  test('timestamps are edited in local time, the offset is shown, and the edit keeps it', async ({
    page,
  }) => {
    const patches = capturePatches(page);
    await openEditPage(page, WEST.id, WEST.name);
    await openAdvanced(page);
    const stored = await readStored(page);

    await test.step('the form shows Graph’s -08:00 times in local time, saying which', async () => {
      // 23:59:43 on New Year's Eve at -08:00 is 13:29:43 on New Year's Day at +05:30.
      await expect(enrolledField(page)).toHaveValue('2025-01-01T13:29:43');
      await expect(lastConnectionField(page)).toHaveValue(
        wallClock(String(stored.lastConnection), 330),
      );
      for (const field of [enrolledField(page), lastConnectionField(page)]) {
        await expect(field).toHaveAccessibleDescription(
          'Your local time (UTC+05:30). Left untouched, the exact stored value is kept.',
        );
      }
      await expect(saveButton(page)).toBeDisabled();
    });

    await test.step('a changed time is reviewed, then sent with the local offset', async () => {
      await enrolledField(page).fill('2025-01-02T09:15:00');
      await saveButton(page).click();
      const review = reviewDialog(page);
      await expect(review.getByRole('rowheader')).toHaveText(['Enrolled']);
      await expect(review.getByRole('row', { name: /^Enrolled/ }).getByRole('cell')).toHaveText([
        `Jan 1, 2025, 1:29:43 PM GMT+5:30 — ${WEST.enrolled}`,
        'Jan 2, 2025, 9:15:00 AM GMT+5:30 — 2025-01-02T09:15:00+05:30',
      ]);
      const patchSent = page.waitForRequest(isGraphPatch);
      await review.getByRole('button', { name: 'Confirm and save' }).click();
      expect((await patchSent).postDataJSON()).toStrictEqual({
        '@odata.type': '#microsoft.graph.ndesConnector',
        enrolledDateTime: '2025-01-02T09:15:00+05:30',
      });
    });

    await test.step('the detail page shows the new time; the untouched one is as it was', async () => {
      await expect(savedAlert(page)).toBeVisible();
      await expect(describedValue(page, 'Enrolled')).toContainText(
        'Jan 2, 2025, 9:15:00 AM GMT+5:30',
      );
      expect(await rawOnDetailPage(page, 'Enrolled')).toBe('2025-01-02T09:15:00+05:30');
      expect(await rawOnDetailPage(page, 'Last connection')).toBe(stored.lastConnection);
      expect(await readStored(page)).toStrictEqual({
        enrolled: '2025-01-02T09:15:00+05:30',
        lastConnection: stored.lastConnection,
      });
    });
    expect(patches).toHaveLength(1);
  });

  test('an invalid, an impossible or a missing date gets a message on its field', async ({
    page,
  }) => {
    const patches = capturePatches(page);
    await openEditPage(page, WEST.id, WEST.name);
    await openAdvanced(page);
    const enrolled = enrolledField(page);
    await expect(enrolled).toHaveValue('2025-01-01T13:29:43');

    await test.step('a year before 1900 is refused as invalid', async () => {
      await enrolled.fill('0999-01-01T10:00');
      await saveButton(page).click();
      await expect(enrolled).toHaveAttribute('aria-invalid', 'true');
      await expect(enrolled).toHaveAccessibleDescription('Enter a valid date and time');
      await expect(enrolled).toBeFocused();
      await expect(reviewDialog(page)).toBeHidden();
    });

    await test.step('a day that does not exist (30 February) is refused', async () => {
      await enrolled.fill('2025-01-01T13:29:43');
      await expect(enrolled).toHaveAttribute('aria-invalid', 'false');
      // Typed as a user does: the field's first part is the month, then the day.
      await enrolled.focus();
      await page.keyboard.type('0230');
      await displayNameField(page).focus();
      await expect(enrolled).toHaveAttribute('aria-invalid', 'true');
      await expect(enrolled).toHaveAccessibleDescription(/^Enter a (valid )?date and time$/);
      await saveButton(page).click();
      await expect(enrolled).toBeFocused();
      await expect(reviewDialog(page)).toBeHidden();
    });

    await test.step('an emptied field asks for a date and time', async () => {
      await lastConnectionField(page).fill('');
      await displayNameField(page).focus();
      await expect(lastConnectionField(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(lastConnectionField(page)).toHaveAccessibleDescription('Enter a date and time');
    });

    expect(patches).toHaveLength(0);
  });
});

// Pitcairn keeps UTC-08:00 all year, so this does not depend on the date the suite runs.
test.describe('in Pitcairn (UTC-08:00, the connector’s own offset)', () => {
  test.use({ timezoneId: 'Pacific/Pitcairn', locale: 'en-US' });

  test('the same stored time shows as the wall clock of that zone', async ({ page }) => {
    await openEditPage(page, WEST.id, WEST.name);
    await openAdvanced(page);
    const stored = await readStored(page);
    await expect(enrolledField(page)).toHaveValue('2024-12-31T23:59:43');
    await expect(lastConnectionField(page)).toHaveValue(
      wallClock(String(stored.lastConnection), -8 * 60),
    );
    await expect(enrolledField(page)).toHaveAccessibleDescription(
      'Your local time (UTC-08:00). Left untouched, the exact stored value is kept.',
    );
  });
});

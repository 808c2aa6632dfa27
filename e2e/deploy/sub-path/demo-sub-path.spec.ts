import { expect, test } from '@playwright/test';

const CONNECTOR_ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';

test('the demo built with --base /ndes-demo/ opens a deep link on a plain static host', async ({
  page,
}) => {
  await page.goto(`/ndes-demo/connectors/${CONNECTOR_ID}/edit`);
  await expect(
    page.getByRole('heading', { name: 'Edit CERT01 – NDES primary', level: 1 }),
  ).toBeVisible({ timeout: 15_000 });

  await page.getByRole('link', { name: 'Connectors', exact: true }).click();
  await expect(page).toHaveURL(/\/ndes-demo\/connectors$/);
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible();
});

test('a fleet row links under the base path and opens its connector there', async ({ page }) => {
  await page.goto('/ndes-demo/fleet');
  await expect(page.getByText('Loaded 3 of 3 tenants')).toBeVisible({ timeout: 15_000 });
  await page.getByLabel('Search connectors').fill('CERT01');
  const link = page
    .getByRole('table', { name: 'Connectors of every tenant' })
    .getByRole('link', { name: /^CERT01 – NDES primary in / });
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(`^/ndes-demo/t/[^/]+/connectors/${CONNECTOR_ID}$`),
  );

  await link.click();
  await expect(page).toHaveURL(new RegExp(`/ndes-demo/connectors/${CONNECTOR_ID}$`));
  await expect(
    page.getByRole('heading', { name: 'CERT01 – NDES primary', level: 1 }),
  ).toBeVisible();
});

test('the demo loads on a plain static host without a failed request or a console error', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  // The home page: a deep link is answered by the host's 404.html, with its 404 status.
  await page.goto('/ndes-demo/');
  await expect(page.getByRole('link', { name: 'CERT01 – NDES primary' })).toBeVisible({
    timeout: 15_000,
  });
  expect(problems).toEqual([]);
});

test("the demo build ships the demo's Static Web Apps config, which lets its service worker run", async ({
  request,
}) => {
  const config = (await (await request.get('/ndes-demo/staticwebapp.config.json')).json()) as {
    globalHeaders: Record<string, string>;
  };
  const policy = config.globalHeaders['Content-Security-Policy'];
  expect(policy).toContain("worker-src 'self'");
  expect(policy).not.toContain('trusted-types');
});

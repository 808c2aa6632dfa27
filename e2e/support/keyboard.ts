import { expect, type Locator, type Page } from '@playwright/test';

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
export async function tabTo(page: Page, target: Locator, maxPresses = 60) {
  await target.waitFor();
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${maxPresses} presses`);
}

/**
 * Presses Tab from where the focus is until it leaves `region`, checking that each stop inside has an
 * accessible name. Returns each stop as its ARIA snapshot (role and name), in tab order.
 */
export async function tabThrough(page: Page, region: Locator, maxPresses = 30) {
  const stops: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    if (!(await region.evaluate((element) => element.contains(document.activeElement))))
      return stops;
    const focused = page.locator(':focus');
    const html = await focused.evaluate((element) => element.outerHTML.slice(0, 160));
    await expect(focused, `the tab stop ${html} has a name`).toHaveAccessibleName(/\S/);
    stops.push(await focused.ariaSnapshot());
  }
  throw new Error(`Tab did not leave ${region.toString()} in ${maxPresses} presses`);
}

import type { Page } from '@playwright/test';

/** Every finite animation on the page has ended: a popup's opening transition, for one. */
export async function animationsSettled(page: Page) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .filter((animation) => animation.effect?.getTiming().iterations !== Number.POSITIVE_INFINITY)
      .every((animation) => animation.playState !== 'running'),
  );
}

/**
 * Clicks a menu's item once the menu has opened. While MUI's Grow still scales the menu, an item can
 * move between the mouse's press and release, which then land on different elements: no click.
 */
export async function chooseMenuItem(page: Page, name: string | RegExp) {
  const item = page.getByRole('menuitem', { name });
  await item.waitFor();
  await animationsSettled(page);
  await item.click();
}

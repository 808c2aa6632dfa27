import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { animationsSettled } from './animations';

/** Axe's findings on the whole page, every rule, once opening transitions have finished. */
export async function axeViolations(page: Page, excluded: string[] = []) {
  // A popup caught halfway through its fade-in would be judged on colours it does not end up with.
  await animationsSettled(page);
  const builder = excluded.reduce(
    (axe, selector) => axe.exclude(selector),
    new AxeBuilder({ page }),
  );
  return (await builder.analyze()).violations;
}

/**
 * The same, with a menu, list or tooltip open. MUI renders these in a portal at the end of <body>,
 * outside every landmark, so axe's best-practice `region` rule flags each one; axe already exempts
 * dialogs from that rule for the same reason. Callers check what makes the exemption fair: a modal
 * popup hides the page behind it, a non-modal one is tied to its trigger.
 */
export async function popupAxeViolations(page: Page) {
  await animationsSettled(page);
  return (await new AxeBuilder({ page }).disableRules(['region']).analyze()).violations;
}

/** The theme follows the system scheme until the user picks one: check which one the page is in. */
export const expectColorScheme = (page: Page, scheme: 'light' | 'dark') =>
  expect(page.locator('html')).toHaveClass(new RegExp(`\\b${scheme}\\b`));

/** A modal popup is open: the page behind it, landmarks included, is hidden from assistive tech. */
export const expectPageBehindHidden = (page: Page) => expect(page.getByRole('main')).toHaveCount(0);

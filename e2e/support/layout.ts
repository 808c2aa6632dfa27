import { expect, type Locator, type Page } from '@playwright/test';

/** The document does not scroll sideways: nothing sticks out past the viewport. */
export async function expectNoHorizontalScroll(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return scrollWidth - clientWidth;
      }),
    )
    .toBeLessThanOrEqual(0);
}

/** The element fits between the viewport's edges and has nothing cut off inside it. */
export async function expectWithinViewport(page: Page, element: Locator) {
  const width = page.viewportSize()?.width ?? 0;
  const box = await element.boundingBox();
  expect(box, `${element.toString()} is laid out`).not.toBeNull();
  expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? Number.POSITIVE_INFINITY)).toBeLessThanOrEqual(width + 0.5);
  expect(await element.evaluate((node) => node.scrollWidth - node.clientWidth)).toBeLessThanOrEqual(
    0,
  );
}

/** The text runs over more than one line: it wrapped instead of running off to the side. */
export async function expectWrapped(element: Locator) {
  const lines = await element.evaluate((node) => {
    const lineHeight = Number.parseFloat(getComputedStyle(node).lineHeight);
    const rects = node.getClientRects();
    // An inline element gets one box per line; a block is as tall as its lines.
    return rects.length > 1 ? rects.length : node.getBoundingClientRect().height / lineHeight;
  });
  expect(lines).toBeGreaterThanOrEqual(2);
}

import { Browser, Page } from 'playwright-core';
import { axeViolations, launchChromium, WEB_URL } from './support/browser';

/**
 * The journeys' accessibility check itself (support/browser.ts): it finds violations, also on its second
 * and later runs in the same document, where axe is already in the page and its source is not sent again.
 */
describe('the axe check', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
  });
  afterAll(() => browser?.close());

  it('finds what a page breaks, when axe is new to the document and when it is already there', async () => {
    await page.goto(`${WEB_URL}/`);
    await page.locator('main h1').first().waitFor();
    expect(await page.evaluate(() => 'axe' in window)).toBe(false);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => 'axe' in window)).toBe(true);

    // An image without a text alternative and a button without a name, added after axe was loaded.
    await page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      main.insertAdjacentHTML('beforeend', '<img src="/probe.png" data-probe><button data-probe></button>');
    });
    const found = await axeViolations(page);
    expect(found.map((v) => v.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);

    // Only WCAG 2.1 A/AA: a second main landmark breaks a best practice (`landmark-no-duplicate-main`), not WCAG.
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<main data-probe><p>Andra</p></main>'));
    expect((await axeViolations(page)).map((v) => v.split(' ')[0]).sort()).toEqual(['button-name', 'image-alt']);

    await page.evaluate(() => document.querySelectorAll('[data-probe]').forEach((element) => element.remove()));
    expect(await axeViolations(page)).toEqual([]);

    // A new document has no axe: the check sends the source again and still finds what is wrong.
    await page.goto(`${WEB_URL}/`);
    await page.locator('main h1').first().waitFor();
    await page.evaluate(() => document.querySelector('main')?.insertAdjacentHTML('beforeend', '<img src="/probe.png">'));
    expect((await axeViolations(page)).map((v) => v.split(' ')[0])).toEqual(['image-alt']);
  });
});

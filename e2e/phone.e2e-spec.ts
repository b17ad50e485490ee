import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * The app on a phone (390 × 844 CSS pixels) and, for comparison, at 1280 px (docs/web-patterns.md,
 * "Phones"). From a database with only the reference seed plus what this spec creates through the API:
 * three learning examples with a word of their own, a programme and a cohort. An anonymous visitor
 * filters the library behind its "Filtrera" button and removes a filter by its tag; a process leader
 * reads the cohort list as cards and uses the "Meny" button; at 1280 px the same pages are tables and
 * a full navigation. No page scrolls sideways; every state passes axe (WCAG 2.1 A/AA) with no violations.
 */
describe('the app on a phone in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  // A word only these examples contain, so a search finds them and nothing else.
  const word = `mobilprov${stamp}`;
  const cohortName = `Modellkommuner på mobilen ${stamp}`;
  const PHONE = { width: 390, height: 844 };
  const DESKTOP = { width: 1280, height: 800 };

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    const page = (title: string, area: string, contact: string) =>
      [
        'Publicerad: 3 mars 2021',
        '',
        title,
        '',
        `Ett exempel för prov på mobilen (${word}) om hur verksamheten följer upp flickor och pojkar.`,
        '',
        'Bakgrund',
        '',
        'Uppföljningen behövde bli bättre.',
        '',
        'Kontakt',
        '',
        contact,
        '',
        'Om exemplet',
        '',
        'Ämne: Jämställdhet',
        'Exempel från: Kommun',
        'Tidsperiod: 2019–2021',
        `Verksamhetsområde: ${area}`,
      ].join('\n');
    const imported = await api<{ importLearningExamples: { created: number } }>(
      'mutation ($text: String!) { importLearningExamples(text: $text) { created } }',
      {
        text: [
          page(`Hedemora följer upp förskolan ${word}`, 'Skola och förskola', 'Karin Lind, strateg, Hedemora kommun, karin.lind@example.se'),
          page(`Haninge ser över skolskjutsen ${word}`, 'Skola och förskola', 'Olle Berg, utredare, Haninge kommun, olle.berg@example.se'),
          page(`Huddinge fördelar fritidsbidrag ${word}`, 'Kultur och fritid', 'Sara Holm, strateg, Huddinge kommun, sara.holm@example.se'),
        ].join('\n---\n'),
      },
      token,
    );
    expect(imported.importLearningExamples.created).toBe(3);

    // A programme and a cohort for the list (the cohorts journey creates them through the pages).
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: `Mobilprogrammet ${stamp}`, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    await api('mutation { markMentorEligible(organizationCode: "0180", reason: "Erfaren modellkommun") { id } }', {}, token);
    await api(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: cohortName,
          mentorCode: '0180',
          menteeCodes: ['2083', '0126'],
          startDate: '2027-09-01',
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2027-09-01T10:00:00+02:00' },
        },
      },
      token,
    );
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function newPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport });
    return { context, page: await context.newPage() };
  }

  /** The page is no wider than the window: nothing makes it scroll sideways. */
  async function expectNoSidewaysScrolling(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const results = (page: Page) => page.getByRole('region', { name: 'Sökresultat' });

  it('a visitor on a phone filters the library behind "Filtrera", shows the results and removes the filter by its tag', async () => {
    const { context, page } = await newPage(PHONE);
    await page.goto(`/examples?q=${word}`);
    await page.getByRole('heading', { level: 1, name: 'Lärande exempel' }).waitFor();
    await page.getByText('3 exempel', { exact: true }).waitFor();
    // The 36 checkboxes do not stand before the results: they are behind the button.
    const toggle = page.getByRole('button', { name: /^Filtrera/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('checkbox').count()).toBe(0);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    const area = page.getByRole('group', { name: 'Verksamhetsområde' }).getByRole('checkbox', { name: /^Skola och förskola/ });
    await area.click();
    await page.waitForURL(/omrade=Skola\+och\+f/);
    // The panel stays open and says how many examples the choice gives.
    const show = page.getByRole('button', { name: 'Visa 2 exempel' });
    await show.waitFor();
    // It stays in sight at the bottom of the screen while the facets are scrolled.
    const showBox = (await show.boundingBox())!;
    expect(showBox.y + showBox.height).toBeLessThanOrEqual(PHONE.height);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await show.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedId(page)).toBe('library-results-heading');
    await page.getByText('2 exempel', { exact: true }).waitFor();
    expect(await results(page).getByRole('link', { name: new RegExp(word) }).count()).toBe(2);
    const tag = page.getByRole('button', { name: 'Ta bort filtret Skola och förskola' });
    expect(await tag.isVisible()).toBe(true);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await tag.click();
    await page.waitForURL((url) => !url.searchParams.has('omrade'));
    expect(new URL(page.url()).searchParams.get('q')).toBe(word);
    await page.getByText('3 exempel', { exact: true }).waitFor();
    expect(await tag.count()).toBe(0);
    expect(await focusedId(page)).toBe('library-results-heading');
    await expectAccessible(page);

    // At 1280 px the facets stand beside the results, with a skip link past them; the tags stay.
    await page.setViewportSize(DESKTOP);
    await page.getByRole('heading', { level: 2, name: 'Filtrera' }).waitFor();
    // The toggle goes when the media query's change reaches React, which a loaded machine may take a moment for.
    await page.getByRole('button', { name: /^Filtrera/ }).waitFor({ state: 'detached', timeout: 5_000 });
    expect(await page.getByRole('checkbox', { name: /^Skola och förskola/ }).isVisible()).toBe(true);
    await page.getByRole('checkbox', { name: /^Kultur och fritid/ }).click();
    await page.waitForURL(/omrade=Kultur/);
    await page.getByRole('button', { name: 'Ta bort filtret Kultur och fritid' }).waitFor();
    await page.getByRole('link', { name: 'Hoppa till resultaten' }).focus();
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('library-results-heading');
    await expectAccessible(page);
    await context.close();
  });

  it('a process leader on a phone reads the cohort list as cards and finds the pages behind "Meny"', async () => {
    const { context, page } = await newPage(DESKTOP);
    await logIn(page);
    await page.setViewportSize(PHONE);

    // The header is one line: the name and the menu button.
    const menu = page.getByRole('button', { name: 'Meny' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(80);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).count()).toBe(0);
    // Who is logged in is still in the header for screen readers (and for journeys that log in on a phone).
    await page.getByRole('banner').getByText('Inloggad som Processledare SKR').waitFor();

    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.waitFor();
    await page.getByText('Inloggad som Processledare SKR').waitFor();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    // Escape closes it and gives focus back to the button.
    await nav.getByRole('link', { name: 'Omgångar' }).focus();
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((button) => button === document.activeElement)).toBe(true);
    expect(await nav.count()).toBe(0);

    // Following a link closes the menu; the page marks where the user is.
    await menu.click();
    await nav.getByRole('link', { name: 'Omgångar' }).click();
    await page.getByRole('heading', { level: 1, name: 'Omgångar' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await nav.getByRole('link', { name: 'Omgångar' }).getAttribute('aria-current')).toBe('page');
    await page.keyboard.press('Escape');

    // Each cohort is a card: its name the heading, every other cell labelled by its column.
    const table = page.getByRole('table', { name: 'Omgångar' });
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: cohortName }) });
    await row.waitFor();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const status = row.getByRole('cell').filter({ hasText: 'Planerad' });
    const label = await status.evaluate((td) => ({ attribute: td.getAttribute('data-label'), shown: getComputedStyle(td, '::before').display }));
    expect(label).toEqual({ attribute: 'Status', shown: 'block' });
    // Status and next meeting, hidden off screen in a 1,061 px wide table before, are in sight.
    for (const cell of [status, row.getByRole('cell').filter({ hasText: 'Uppstartsmöte' })]) {
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    // Screen readers still have a table with its column headers.
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Omgång', 'Status', 'Nästa möte']),
    );
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    for (const path of ['/programmes', '/organizations', '/organizations/2083']) {
      await page.goto(path);
      await page.locator('main h1').waitFor();
      await page.getByRole('table').first().waitFor();
      await expectNoSidewaysScrolling(page);
      if (path !== '/organizations') await expectAccessible(page);
    }

    // At 1280 px the same list is a table and the navigation is all there, without the button.
    await page.setViewportSize(DESKTOP);
    await page.goto('/cohorts');
    await page.getByRole('heading', { level: 1, name: 'Omgångar' }).waitFor();
    await row.waitFor();
    expect(await row.evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(await table.locator('thead').evaluate((thead) => thead.getBoundingClientRect().height)).toBeGreaterThan(10);
    expect(await page.getByRole('button', { name: 'Meny' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Omgångar' }).isVisible()).toBe(true);
    await page.getByText('Inloggad som Processledare SKR').waitFor();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    await context.close();
  });
});

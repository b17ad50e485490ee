import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, menuLink, processLeaderToken } from './support/journey';

/**
 * The network journey: the public network page, nobody logged in. Set up through the API as the process
 * leader, with codes no other journey uses (Dalarna's 2026–2039, the regions 22–24):
 *   programme A: Leksand (founding mentor) → Rättvik and Orsa
 *   programme B: Rättvik (marked as a possible mentor) → Älvdalen and Gagnef
 *   programme C (regions): Region Västernorrland → Region Jämtland Härjedalen and Region Västerbotten
 * so with every programme Leksand is generation 0, Rättvik 1 and Älvdalen 2. In Chromium, at 1280 px and
 * at 390 px: the figures; the map draws 290 kommuner, read by keyboard (Tab into it, arrows, the line
 * below); zoomed to Dalarnas län; the legend's counts are the table's; the regions map draws 21; the
 * programme filter changes the figures; the lineage lists the seeded mentor → mentee. Axe in every state.
 */
describe('network journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const programmeA = `Nätverket A ${stamp}`;
  const cohortA = `Dalarna västra ${stamp}`;
  const cohortB = `Dalarna norra ${stamp}`;
  const DESKTOP = { width: 1280, height: 900 };
  const PHONE = { width: 390, height: 844 };
  const DAY = 24 * 3600 * 1000;

  async function programme(name: string, organizationKind: 'MUNICIPALITY' | 'REGION', token: string): Promise<string> {
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name, theme: 'Jämställd service', organizationKind } },
      token,
    );
    return createProgramme.id;
  }

  async function cohort(programmeId: string, name: string, mentorCode: string, menteeCodes: string[], token: string): Promise<void> {
    const { organization } = await api<{ organization: { mentorEligible: boolean } }>(
      'query ($code: String!) { organization(code: $code) { mentorEligible } }',
      { code: mentorCode },
      token,
    );
    if (!organization.mentorEligible) {
      await api(
        'mutation ($code: String!) { markMentorEligible(organizationCode: $code, reason: "Erfaren modellkommun") { id } }',
        { code: mentorCode },
        token,
      );
    }
    const startDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    await api(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId,
          name,
          mentorCode,
          menteeCodes,
          startDate,
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: `${startDate}T09:00:00Z`, endsAt: `${startDate}T12:00:00Z` },
        },
      },
      token,
    );
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    await cohort(await programme(programmeA, 'MUNICIPALITY', token), cohortA, '2029', ['2031', '2034'], token);
    await cohort(await programme(`Nätverket B ${stamp}`, 'MUNICIPALITY', token), cohortB, '2031', ['2039', '2026'], token);
    await cohort(await programme(`Nätverket regioner ${stamp}`, 'REGION', token), `Regioner i norr ${stamp}`, '22', ['23', '24'], token);
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport });
    return { context, page: await context.newPage() };
  }

  async function expectNoSidewaysScrolling(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }

  const map = (page: Page, kind = 'MUNICIPALITY') => page.locator(`svg[data-kind="${kind}"]`);
  const currentLine = (page: Page) => page.getByTestId('reach-map-current');
  const number = (text: string | null) => Number(/\d+/.exec(text ?? '')?.[0] ?? NaN);
  const legendCount = async (page: Page, status: string) =>
    number(
      await page
        .locator('.reach-legend__item')
        .filter({ has: page.locator('strong', { hasText: new RegExp(`^${status}$`) }) })
        .locator('.reach-legend__count')
        .textContent(),
    );
  /** "7 av 290 kommuner": the number reached. */
  const reached = async (page: Page, what: 'kommuner' | 'regioner') =>
    number(await page.getByText(new RegExp(`^\\d+ av \\d+ ${what}$`)).textContent());

  async function readMapByKeyboard(page: Page): Promise<void> {
    // Zoomed to Dalarnas län, one tab stop into the map; the arrow keys go by name within the län.
    await page.getByLabel('Visa län').selectOption({ label: 'Dalarnas län' });
    await page.getByRole('heading', { name: 'Teckenförklaring, Dalarnas län' }).waitFor();
    await page.getByLabel('Visa län').focus();
    await page.keyboard.press('Tab');
    // Avesta's status is other journeys' doing; the name order is the map's.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Avesta kommun — /);
    expect(await currentLine(page).textContent()).toMatch(/^Avesta kommun — /);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    expect(await currentLine(page).textContent()).toBe('Leksands kommun — Mentor (generation 0)');
    await page.keyboard.press('End');
    expect(await currentLine(page).textContent()).toBe('Älvdalens kommun — I en omgång (generation 2)');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
    expect(await currentLine(page).textContent()).toBe('Rättviks kommun — Mentor (generation 1)');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('2031');
    // The view fits the län: Dalarna's box (about 590 × 630 units), not all of Sweden (1700 × 4000).
    const [, , width, height] = ((await map(page).getAttribute('viewBox')) ?? '').split(' ').map(Number);
    expect(width).toBeLessThan(800);
    expect(height).toBeLessThan(800);
  }

  it('anyone reads how far the method has reached: figures, the map by keyboard, the legend as the table counts it, the regions', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await menuLink(page, 'Nätverket');
    await page.getByRole('heading', { level: 1, name: 'Nätverket' }).waitFor();
    // The figures: ours at least (other journeys may have made cohorts too).
    await page.getByText(/^\d+ av 290 kommuner$/).waitFor();
    expect(await reached(page, 'kommuner')).toBeGreaterThanOrEqual(5);
    expect(await reached(page, 'regioner')).toBeGreaterThanOrEqual(3);
    await page.getByText(/^\d+ av 21 regioner$/).waitFor();
    // The map draws when its outlines arrive: every kommun a shape, each named.
    await map(page).waitFor();
    expect(await map(page).locator('path[data-code]').count()).toBe(290);
    expect(await map(page).locator('path[data-code="2029"]').getAttribute('aria-label')).toBe('Leksands kommun — Mentor (generation 0)');
    await expectAccessible(page);

    await readMapByKeyboard(page);
    await expectAccessible(page);
    await page.getByLabel('Visa län').selectOption({ label: 'Hela Sverige' });
    await page.getByRole('heading', { name: 'Teckenförklaring', exact: true }).waitFor();

    // The legend counts what the table lists, status by status.
    const table = page.getByRole('region', { name: 'Kommuner och regioner i en tabell' });
    await table.getByLabel('Typ', { exact: true }).selectOption({ label: 'Kommuner' });
    let total = 0;
    for (const status of ['Inte nådd', 'I en omgång', 'Har genomfört', 'Mentor']) {
      const expected = await legendCount(page, status);
      total += expected;
      await table.getByLabel('Status', { exact: true }).selectOption({ label: status });
      await table.getByRole('button', { name: 'Filtrera' }).click();
      const results = table.getByRole('heading', { level: 3 });
      await page.waitForFunction(() => document.activeElement?.classList.contains('reach-table__results'));
      // "3 organisationer", or "Inga organisationer".
      expect(await results.textContent()).toBe(
        expected === 0 ? 'Inga organisationer' : `${expected} ${expected === 1 ? 'organisation' : 'organisationer'}`,
      );
      // The first 50 are drawn; "Visa alla" draws the rest.
      if (expected > 50) await table.getByRole('button', { name: `Visa alla ${expected}` }).click();
      if (expected > 0) {
        expect(await table.getByRole('row').count()).toBe(expected + 1);
        expect(new Set(await table.getByRole('row').locator('td:nth-of-type(2)').allTextContents())).toEqual(new Set([status]));
      }
    }
    expect(total).toBe(290);
    await expectAccessible(page);

    // The regions' map: 21 shapes, ours a mentor.
    await page.getByRole('radio', { name: 'Regioner' }).check();
    await map(page, 'REGION').waitFor();
    expect(await map(page, 'REGION').locator('path[data-code]').count()).toBe(21);
    expect(await map(page, 'REGION').locator('path[data-code="22"]').getAttribute('aria-label')).toBe(
      'Region Västernorrland — Mentor (generation 0)',
    );
    expect(await legendCount(page, 'Mentor')).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
    await context.close();
  });

  it('the programme filter changes the figures, and the lineage lists who mentored whom', async () => {
    const { context, page } = await open();
    await page.goto('/network');
    await page.getByText(/^\d+ av 290 kommuner$/).waitFor();
    const everyProgramme = await reached(page, 'kommuner');

    // The lineage with every programme: three generations of ours.
    const lineage = page.getByRole('region', { name: 'Mentorskedjan' });
    await lineage
      .getByRole('listitem')
      .filter({ hasText: `Rättviks kommun — mentor: Leksands kommun i omgången ${cohortA}` })
      .waitFor();
    await lineage
      .getByRole('listitem')
      .filter({ hasText: `Älvdalens kommun — mentor: Rättviks kommun i omgången ${cohortB}` })
      .waitFor();
    await lineage.getByRole('listitem').filter({ hasText: 'Leksands kommun — grundande mentor' }).waitFor();
    const graph = lineage.getByRole('group', { name: /^Mentorskedjan som graf/ });
    const alvdalen = graph.getByRole('img', { name: `Älvdalens kommun, generation 2, mentor: Rättviks kommun (${cohortB})` });
    await alvdalen.waitFor();
    // By keyboard: from Älvdalen to its mentor, and to the mentor's.
    await alvdalen.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      `Rättviks kommun, generation 1, mentor: Leksands kommun (${cohortA})`,
    );
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Leksands kommun, generation 0, grundande mentor',
    );
    await expectAccessible(page);

    // One programme: only its cohort — Leksand, Rättvik and Orsa, two generations.
    await page.getByLabel('Program').selectOption({ label: programmeA });
    await page.getByText(`Siffrorna gäller ${programmeA}.`).waitFor();
    expect(await reached(page, 'kommuner')).toBe(3);
    expect(everyProgramme).toBeGreaterThan(3);
    expect(await reached(page, 'regioner')).toBe(0);
    const figures = page.getByRole('region', { name: 'Så långt har metoden nått' });
    expect(
      await figures.locator('dt', { hasText: 'Generationer i mentorskedjan' }).locator('xpath=following-sibling::dd').textContent(),
    ).toBe('2');
    expect(await legendCount(page, 'Mentor')).toBe(1);
    expect(await legendCount(page, 'I en omgång')).toBe(2);
    await lineage
      .getByRole('listitem')
      .filter({ hasText: `Orsa kommun — mentor: Leksands kommun i omgången ${cohortA}` })
      .waitFor();
    expect(await lineage.getByRole('listitem').filter({ hasText: 'Älvdalens kommun' }).count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('programme')).toMatch(/^[0-9a-f-]{36}$/);
    await expectAccessible(page);

    // The address keeps the choice: a reload shows the same.
    await page.reload();
    await page.getByText(`Siffrorna gäller ${programmeA}.`).waitFor();
    expect(await reached(page, 'kommuner')).toBe(3);
    await context.close();
  });

  it('on a phone: the map fits the width, the table is cards, nothing scrolls sideways', async () => {
    const { context, page } = await open(PHONE);
    await page.goto('/network');
    await page.getByRole('heading', { level: 1, name: 'Nätverket' }).waitFor();
    await map(page).waitFor();
    expect(await map(page).locator('path[data-code]').count()).toBe(290);
    const box = await map(page).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await readMapByKeyboard(page);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    // The table's cards: a row is a card whose heading is the organisation; sorted from the filters.
    const table = page.getByRole('region', { name: 'Kommuner och regioner i en tabell' });
    await table.getByLabel('Län', { exact: true }).selectOption({ label: 'Dalarnas län' });
    await table.getByLabel('Sortera efter').selectOption({ label: 'Generation, fallande' });
    await table.getByRole('button', { name: 'Filtrera' }).click();
    // Dalarna's 15 kommuner and its region.
    await table.getByRole('heading', { level: 3, name: '16 organisationer' }).waitFor();
    // Highest generation first, those without one last (other journeys' cohorts may be in Dalarna too).
    const generations = (await table.locator('tbody td:nth-of-type(3)').allTextContents()).map((text) =>
      /^\d+$/.test(text) ? Number(text) : -1,
    );
    expect(generations).toEqual([...generations].sort((a, b) => b - a));
    expect(generations[0]).toBeGreaterThanOrEqual(2);
    expect(
      await table
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: 'Älvdalens kommun' }) })
        .locator('td')
        .allTextContents(),
    ).toEqual(['Dalarnas län', 'I en omgång', '2']);
    // No sort buttons in the (hidden) headers: the order is a field of the filters.
    expect(await table.locator('thead button').count()).toBe(0);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    // The lineage's graph scrolls inside its own box.
    await page
      .getByRole('region', { name: 'Mentorskedjan' })
      .getByRole('group', { name: /^Mentorskedjan som graf/ })
      .waitFor();
    await expectNoSidewaysScrolling(page);
    await context.close();
  });
});

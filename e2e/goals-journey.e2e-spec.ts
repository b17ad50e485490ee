import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, invitedMember, logIn, processLeaderToken } from './support/journey';

/**
 * The goals journey. Set up through the API: a cohort (mentor Örebro, mentees Kumla and Askersund), a
 * member of Kumla and a member of Örebro, and the mentor's SHARED goal with a by-gender indicator that
 * Kumla has values for. In Chromium, the Kumla member adds an OWN goal and a by-gender indicator under it,
 * enters values for two periods in the grid (one cell left empty: missing, never zero), and sees the
 * chart, its table alternative and the gender gap; the mentor opens the cohort overview and reads Kumla's
 * goals without any form. Every page state passes axe (WCAG 2.1 A/AA) with zero violations.
 */
describe('goals journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const kumla = { email: `kumla-${stamp}@example.se`, password: 'Kumla-losenord-2026', name: 'Kim Kumla' };
  const orebro = { email: `orebro-${stamp}@example.se`, password: 'Orebro-losenord-2026', name: 'Olle Örebro' };
  const goalTitle = `Jämställd fritid i Kumla ${stamp}`;
  const indicatorName = 'Andel som deltar i föreningslivet';
  let cohortId = '';


  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: `Mål och indikatorer ${stamp}`, theme: 'Jämställd service', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    await api('mutation { markMentorEligible(organizationCode: "1880", reason: "Erfaren modellkommun") { id } }', {}, token);
    const { createCohort } = await api<{ createCohort: { id: string } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: `Närke ${stamp}`,
          mentorCode: '1880',
          menteeCodes: ['1881', '1882'],
          startDate: '2026-03-02',
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2026-03-02T09:00:00Z', endsAt: '2026-03-02T12:00:00Z' },
        },
      },
      token,
    );
    cohortId = createCohort.id;
    const kumlaToken = await invitedMember(kumla, '1881', token);
    const orebroToken = await invitedMember(orebro, '1880', token);
    // The mentor's shared goal and indicator; Kumla's values for it (the overview's row).
    const { createGoal } = await api<{ createGoal: { id: string } }>(
      'mutation ($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
      { i: { cohortId, scope: 'SHARED', title: 'Jämställt bistånd i hemtjänsten' } },
      orebroToken,
    );
    const { addIndicator } = await api<{ addIndicator: { id: string } }>(
      'mutation ($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }',
      { i: { goalId: createGoal.id, name: 'Beviljade timmar per månad', unit: 'timmar', direction: 'HIGHER_IS_BETTER', byGender: true, baselinePeriod: '2024' } },
      orebroToken,
    );
    await api(
      'mutation ($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }',
      {
        i: {
          indicatorId: addIndicator.id,
          organizationCode: '1881',
          values: [
            { period: '2024', gender: 'WOMEN', value: 20 },
            { period: '2024', gender: 'MEN', value: 26 },
            { period: '2025', gender: 'WOMEN', value: 23.5 },
            { period: '2025', gender: 'MEN', value: 26.5 },
          ],
        },
      },
      kumlaToken,
    );
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(user: typeof kumla, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...(viewport ? { viewport } : {}) });
    const page = await context.newPage();
    await logIn(page, user);
    return { context, page };
  }

  it('a member adds a goal and a by-gender indicator, enters two periods, and sees the chart, its table and the gap', async () => {
    const { context, page } = await open(kumla);
    // From the cohort's page to the organisation's own goals.
    await page.goto(`/cohorts/${cohortId}`);
    await page.getByRole('link', { name: 'Våra mål och värden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål och indikatorer – Kumla kommun' }).waitFor();
    await expectAccessible(page);

    // An OWN goal (a member of a mentee cannot set shared goals: no choice is offered).
    await page.getByRole('button', { name: 'Lägg till mål' }).click();
    await page.getByLabel(/^Rubrik/).fill(goalTitle);
    await page.getByLabel(/^Beskrivning/).fill('Flickor och pojkar ska ta del av föreningslivet i samma utsträckning.');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Lägg till målet' }).click();
    await page.getByText(`Målet ${goalTitle} är tillagt.`).waitFor();
    await expectAccessible(page);

    // A by-gender indicator under it.
    const goal = page.getByRole('region', { name: goalTitle });
    await goal.getByRole('button', { name: /^Lägg till indikator/ }).click();
    await page.getByLabel(/^Namn/).fill(indicatorName);
    await page.getByLabel(/^Enhet/).fill('%');
    await page.getByLabel('Värden för kvinnor och män').check();
    await page.getByLabel(/^Basperiod/).fill('2024');
    await page.getByRole('button', { name: 'Lägg till indikatorn' }).click();
    await page.getByText(`Indikatorn ${indicatorName} är tillagd.`).waitFor();
    await expectAccessible(page);

    // Two periods in the grid, by keyboard: Kvinnor 2024, then Män 2024, … Totalt left empty.
    const indicator = page.getByRole('article', { name: indicatorName });
    const grid = indicator.getByRole('table', { name: /värden per period/ });
    await indicator.getByLabel(/^Ny period/).fill('2024');
    await indicator.getByRole('button', { name: 'Lägg till period' }).click();
    await indicator.getByRole('button', { name: 'Lägg till nästa period (2025)' }).click();
    await grid.getByLabel('Kvinnor 2024').fill('41,5');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('52');
    await grid.getByLabel('Kvinnor 2025').fill('47');
    await grid.getByLabel('Män 2025').fill('50,5');
    await expectAccessible(page);
    await indicator.getByRole('button', { name: 'Spara värden' }).click();
    await page.getByText(`Värdena för ${indicatorName} är sparade.`).waitFor();
    await expectAccessible(page);

    // The gap, as prominent as the values: −10,5 at the baseline, −3,5 now.
    await indicator.getByText('Skillnaden mellan kvinnor och män har minskat med 7').waitFor();

    // The chart, and its table alternative: Totalt was never entered — missing, never 0.
    const figure = indicator.getByRole('figure', { name: new RegExp(indicatorName) });
    await figure.locator('svg').first().waitFor();
    await figure.getByRole('button', { name: 'Visa som tabell' }).click();
    const table = figure.getByRole('table');
    await table.waitFor();
    const row2024 = table.getByRole('row', { name: /2024/ });
    expect(await row2024.textContent()).toContain('41,5');
    expect(await row2024.textContent()).toContain('52');
    expect(await table.textContent()).not.toMatch(/\b0 %/);
    await expectAccessible(page);
    await context.close();
  });

  it('the mentor opens the cohort overview and reads a mentee’s goals without forms', async () => {
    const { context, page } = await open(orebro);
    await page.goto(`/cohorts/${cohortId}`);
    await page.getByRole('link', { name: 'Översikt: mål och indikatorer' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Översikt: mål och indikatorer' }).waitFor();
    const overview = page.getByRole('table', { name: /Läget på de gemensamma indikatorerna/ });
    await overview.getByRole('columnheader', { name: /Beviljade timmar per månad/ }).waitFor();
    const kumlaRow = overview.getByRole('row', { name: /Kumla/ });
    // Kumla's latest total is derived from women and men (25); the gap narrowed from −6 to −3.
    expect(await kumlaRow.textContent()).toMatch(/minskat med 3/);
    await expectAccessible(page);

    await kumlaRow.getByRole('link', { name: /Kumla/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Mål och indikatorer – Kumla kommun' }).waitFor();
    await page.getByRole('heading', { name: goalTitle }).waitFor();
    // Read-only: the mentor reads its mentee's goals and values (it changes the shared goals on its own page).
    expect(await page.getByRole('button', { name: 'Spara värden' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Lägg till indikator/ }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();
  });

  it('on a phone (390 px) the overview becomes cards and nothing scrolls sideways', async () => {
    const { context, page } = await open(orebro, { width: 390, height: 844 });
    await page.goto(`/cohorts/${cohortId}/overview`);
    await page.getByRole('heading', { level: 1, name: 'Översikt: mål och indikatorer' }).waitFor();
    await page.getByText(/Kumla/).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);
    await page.goto(`/cohorts/${cohortId}/goals/1881`);
    await page.getByRole('heading', { level: 1, name: 'Mål och indikatorer – Kumla kommun' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});

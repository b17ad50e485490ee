import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * Mentor suggestions in the cohort wizard, from a database with only the reference seed plus what this
 * spec creates through the API: a programme of its own, and Umeå, Östersund and Sundsvall made possible
 * mentors (kommuner in Västernorrland, Jämtland and Västerbotten that no other journey uses). A process
 * leader chooses the mentees (Vännäs and Nordmaling, next to Umeå) and, on the mentor step, sees the
 * suggestions for them, best first, each with its reasons; chooses Umeå from its card, finishes the wizard,
 * and the cohort is created with Umeå as its mentor. The step with suggestions passes axe (WCAG 2.1 A/AA)
 * with no violations at 1280 px and at 390 px, where nothing scrolls sideways.
 */
describe('mentor suggestions in the cohort wizard, in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const programmeName = `Förslag på mentor ${stamp}`;
  const cohortName = `Västerbotten ${stamp}`;
  const ELIGIBLE = { umea: '2480', ostersund: '2380', sundsvall: '2281' };

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    await api(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: programmeName, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    for (const code of Object.values(ELIGIBLE)) {
      const { organization } = await api<{ organization: { mentorEligible: boolean } }>('query ($code: String!) { organization(code: $code) { mentorEligible } }', { code }, token);
      if (!organization.mentorEligible) {
        await api('mutation ($code: String!) { markMentorEligible(organizationCode: $code, reason: "Erfaren modellkommun") { id } }', { code }, token);
      }
    }
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function newPage(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport });
    return { context, page: await context.newPage() };
  }

  const next = (page: Page) => page.getByRole('button', { name: 'Nästa' }).click();
  const stepHeading = (page: Page, name: RegExp) => page.getByRole('heading', { level: 2, name });

  /** From the first step to the mentor step, with these mentees (searched by code). */
  async function toMentorStep(page: Page, mentees: Record<string, string>): Promise<void> {
    await page.goto('/cohorts/new');
    await stepHeading(page, /Steg 1 av 5: Program/).waitFor();
    await page.getByRole('radio', { name: programmeName }).check();
    await next(page);
    await stepHeading(page, /Steg 2 av 5: Nya/).waitFor();
    for (const [code, name] of Object.entries(mentees)) {
      await page.getByLabel(/^Sök på namn eller kod/).fill(code);
      await page.getByRole('checkbox', { name: `${name} (${code})` }).check();
    }
    await page.getByRole('region', { name: `Valda nya (${Object.keys(mentees).length})` }).waitFor();
    await next(page);
    await stepHeading(page, /Steg 3 av 5: Mentor/).waitFor();
  }

  /** The suggestion cards as shown: name, score and reasons, in the order of the list. */
  async function cards(page: Page): Promise<{ name: string; score: number; reasons: string[] }[]> {
    const panel = page.getByRole('region', { name: 'Förslag på mentor' });
    await panel.getByText(/^\d+ förslag\.$/).waitFor();
    const items = panel.locator('li.suggestion');
    const shown = [];
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const score = /^(\d+) av 100 poäng$/.exec((await item.locator('.suggestion__score').textContent()) ?? '');
      shown.push({
        name: (await item.getByRole('heading', { level: 4 }).textContent()) ?? '',
        score: Number(score?.[1] ?? NaN),
        reasons: await item.locator('.suggestion__reasons li').allTextContents(),
      });
    }
    return shown;
  }

  it('at 1280 px: suggestions for the chosen mentees, one chosen from its card, and the cohort has that mentor', async () => {
    const { context, page } = await newPage({ width: 1280, height: 800 });
    await logIn(page);
    await toMentorStep(page, { '2460': 'Vännäs kommun', '2401': 'Nordmalings kommun' });

    const shown = await cards(page);
    const names = shown.map((card) => card.name);
    // Best first: the scores never rise down the list.
    expect(shown.length).toBeGreaterThanOrEqual(3);
    expect(shown.every((card) => Number.isFinite(card.score))).toBe(true);
    expect(shown.map((card) => card.score)).toEqual([...shown.map((card) => card.score)].sort((a, b) => b - a));
    // Umeå and Östersund are alike (new mentors, no cohorts) but for distance: Umeå, next to both mentees, comes first.
    expect(names).toEqual(expect.arrayContaining(['Umeå kommun', 'Östersunds kommun', 'Sundsvalls kommun']));
    expect(names.indexOf('Umeå kommun')).toBeLessThan(names.indexOf('Östersunds kommun'));
    const umea = shown.find((card) => card.name === 'Umeå kommun');
    expect(umea?.reasons).toEqual(expect.arrayContaining(['Ingen pågående omgång som mentor']));
    expect(umea?.reasons.some((reason) => /^\d+ km bort i genomsnitt$/.test(reason))).toBe(true);
    const umeaKm = Number(/^(\d+) km/.exec(umea?.reasons.find((reason) => reason.includes('km bort')) ?? '')?.[1]);
    const ostersundKm = Number(/^(\d+) km/.exec(shown.find((card) => card.name === 'Östersunds kommun')?.reasons.find((reason) => reason.includes('km bort')) ?? '')?.[1]);
    expect(umeaKm).toBeLessThan(ostersundKm);
    // How they are ranked, in a sentence.
    await page.getByText('Så rangordnas förslagen').click();
    await page.getByText('Förslagen väger avstånd, hur många omgångar mentorn leder nu, erfarenhet och gemensamma fokusområden.').waitFor();
    await expectAccessible(page);

    // Chosen from its card: said where focus goes, and the wizard's mentor (its radio button is checked).
    await page.getByRole('button', { name: 'Välj som mentor – Umeå kommun' }).click();
    const confirmation = page.getByRole('status', { name: 'Umeå kommun är vald som mentor.' });
    await confirmation.waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent?.includes('Umeå kommun är vald som mentor.') === true);
    await page.getByLabel(/^Sök på namn eller kod/).fill('2480');
    expect(await page.getByRole('radio', { name: 'Umeå kommun (2480)' }).isChecked()).toBe(true);
    await page.getByText('Vald mentor: Umeå kommun.').waitFor();
    await expectAccessible(page);
    await next(page);

    await stepHeading(page, /Steg 4 av 5/).waitFor();
    await page.getByLabel(/^Omgångens namn/).fill(cohortName);
    await page.getByLabel(/^Startdatum/).fill('2027-09-06');
    await page.getByLabel(/^Datum/).fill('2027-09-20');
    await page.getByLabel(/^Börjar klockan/).fill('10:00');
    await page.getByLabel(/^Plats eller möteslänk/).fill('Umeå stadshus');
    await next(page);

    await stepHeading(page, /Steg 5 av 5: Granska och skapa/).waitFor();
    await page.getByRole('definition').filter({ hasText: 'Umeå kommun' }).waitFor();
    await page.getByRole('button', { name: 'Skapa omgången' }).click();
    await page.getByRole('heading', { level: 1, name: cohortName }).waitFor();
    const cohortId = new URL(page.url()).pathname.split('/').pop();

    // The API has the cohort with Umeå as its mentor and the two as its mentees.
    const { cohort } = await api<{ cohort: { members: { role: string; organization: { code: string } }[] } }>(
      'query ($id: ID!) { cohort(id: $id) { members { role organization { code } } } }',
      { id: cohortId },
      await processLeaderToken(),
    );
    const byRole = (role: string) => cohort.members.filter((m) => m.role === role).map((m) => m.organization.code).sort();
    expect(byRole('MENTOR')).toEqual([ELIGIBLE.umea]);
    expect(byRole('MENTEE')).toEqual(['2401', '2460']);
    await context.close();
  });

  it('at 390 px: the step with suggestions fits the phone and passes axe', async () => {
    const { context, page } = await newPage({ width: 390, height: 844 });
    await logIn(page);
    // Other mentees than above: those are in a cohort of the programme now.
    await toMentorStep(page, { '2403': 'Bjurholms kommun', '2404': 'Vindelns kommun' });
    const shown = await cards(page);
    expect(names(shown)).toEqual(expect.arrayContaining(['Östersunds kommun', 'Sundsvalls kommun']));
    expect(shown.every((card) => card.reasons.some((reason) => /km bort/.test(reason)))).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);

    // Manual choice stays possible: any possible mentor from the list below the suggestions.
    await page.getByLabel(/^Sök på namn eller kod/).fill('Sundsvall');
    await page.getByRole('radio', { name: 'Sundsvalls kommun (2281)' }).check();
    await page.getByRole('region', { name: 'Förslag på mentor' }).getByText('Vald som mentor').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);
    await context.close();
  });
});

function names(cards: { name: string }[]): string[] {
  return cards.map((card) => card.name);
}

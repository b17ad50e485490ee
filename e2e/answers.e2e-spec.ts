import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * Every answer is seen (docs/web-patterns.md), at 1280 px and on a phone (390 × 844). A process leader
 * creates a programme through the page: focus goes to the confirmation, which links on to the cohorts.
 * On a cohort (set up through the API) "Starta omgången" asks first and says what it means; a meeting
 * dated years before the cohort is asked about before saving; a meeting the API refuses (the cohort was
 * cancelled meanwhile) moves focus to the error summary, which is then on the screen. Every state passes
 * axe (WCAG 2.1 A/AA) with no violations.
 */
describe('every answer is seen, in Chromium', () => {
  let browser: Browser;
  let token: string;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const MENTOR = '0580';
  const VIEWPORTS = [
    { name: 'desktop', viewport: { width: 1280, height: 800 } },
    { name: 'phone', viewport: { width: 390, height: 844 } },
  ] as const;

  beforeAll(async () => {
    browser = await launchChromium();
    token = await processLeaderToken();
    const { organization } = await api<{ organization: { mentorEligible: boolean } }>(`{ organization(code: "${MENTOR}") { mentorEligible } }`, {}, token);
    if (!organization.mentorEligible) {
      await api(`mutation { markMentorEligible(organizationCode: "${MENTOR}", reason: "Erfaren modellkommun") { id } }`, {}, token);
    }
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  /** Logged in as the process leader (at 1280 px, where the header names the user), then at `viewport`. */
  async function loggedIn(viewport: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport: VIEWPORTS[0].viewport });
    const page = await context.newPage();
    await logIn(page);
    await page.setViewportSize(viewport);
    return { context, page };
  }

  /** What has focus: its role and accessible text, and whether it is on the screen (its top at least). */
  async function focused(page: Page): Promise<{ role: string | null; className: string; text: string; onScreen: boolean }> {
    return page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const box = element?.getBoundingClientRect();
      return {
        role: element?.getAttribute('role') ?? null,
        className: element?.className ?? '',
        text: element?.textContent ?? '',
        onScreen: Boolean(box && box.top >= 0 && box.top < window.innerHeight && box.height > 0),
      };
    });
  }

  for (const { name, viewport } of VIEWPORTS) {
    it(`${name}: a created programme is confirmed where focus is, with the way on`, async () => {
      const programmeName = `Svar syns ${name} ${stamp}`;
      const { context, page } = await loggedIn(viewport);
      await page.goto('/programmes');
      await page.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
      await page.getByLabel(/^Namn/).fill(programmeName);
      await page.getByLabel(/^Tema/).fill('Jämställdhetsintegrering');
      await page.getByRole('button', { name: 'Skapa programmet' }).click();

      const confirmation = page.getByRole('status', { name: `Programmet ${programmeName} är skapat.` });
      await confirmation.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
      const now = await focused(page);
      expect(now.text).toContain(`Programmet ${programmeName} är skapat.`);
      expect(now.onScreen).toBe(true);
      expect(await page.getByLabel(/^Namn/).inputValue()).toBe('');
      await expectAccessible(page);

      // The confirmation's links lead on: Tab reaches them first.
      await page.keyboard.press('Tab');
      expect(await confirmation.getByRole('link', { name: 'Skapa en ny omgång' }).evaluate((link) => link === document.activeElement)).toBe(true);
      await confirmation.getByRole('link', { name: `Omgångarna i ${programmeName}` }).click();
      await page.getByRole('heading', { level: 1, name: 'Omgångar' }).waitFor();
      expect(new URL(page.url()).searchParams.get('program')).toBeTruthy();

      // The same name again: the API's refusal, and focus on the summary that says it.
      await page.goto('/programmes');
      await page.getByRole('heading', { level: 1, name: 'Program' }).waitFor();
      await page.getByLabel(/^Namn/).fill(programmeName);
      await page.getByLabel(/^Tema/).fill('Jämställdhetsintegrering');
      await page.getByRole('button', { name: 'Skapa programmet' }).click();
      await page.getByRole('alert').getByText(/Det finns redan ett program/).waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
      expect((await focused(page)).onScreen).toBe(true);
      await expectAccessible(page);
      await context.close();
    });

    it(`${name}: starting a cohort asks first; a meeting's odd date is asked about; a refused meeting focuses the summary`, async () => {
      // A programme and a cohort of its own (mentees free in this programme), through the API.
      const { createProgramme } = await api<{ createProgramme: { id: string } }>(
        'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
        { input: { name: `Svar syns, omgångar ${name} ${stamp}`, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY' } },
        token,
      );
      const cohortName = `Svar syns ${name} ${stamp}`;
      const { createCohort } = await api<{ createCohort: { id: string; version: number } }>(
        'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id version } }',
        {
          input: {
            programmeId: createProgramme.id,
            name: cohortName,
            mentorCode: MENTOR,
            menteeCodes: ['0581', '0582'],
            startDate: '2027-03-01',
            startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2027-03-29T10:00:00+02:00' },
          },
        },
        token,
      );

      const { context, page } = await loggedIn(viewport);
      await page.goto(`/cohorts/${createCohort.id}`);
      await page.getByRole('heading', { level: 1, name: cohortName }).waitFor();

      // "Starta omgången" asks first and says what it means; "Avbryt" changes nothing.
      const start = page.getByRole('button', { name: 'Starta omgången', exact: true });
      await start.click();
      const question = page.getByRole('group', { name: 'Vill du starta omgången nu?' });
      await question.getByText('Omgången kan inte flyttas tillbaka till planerad.').waitFor();
      expect(await question.getByRole('button', { name: 'Ja, starta omgången' }).evaluate((button) => button === document.activeElement)).toBe(true);
      expect(await start.getAttribute('aria-expanded')).toBe('true');
      await expectAccessible(page);
      await question.getByRole('button', { name: 'Avbryt' }).click();
      expect(await question.count()).toBe(0);
      expect(await start.evaluate((button) => button === document.activeElement)).toBe(true);
      await page.getByText('Planerad', { exact: true }).first().waitFor();

      // Only exchanges are left to plan: no kind to choose, never a second start-up meeting.
      await page.getByRole('button', { name: 'Planera ett erfarenhetsutbyte' }).click();
      const planning = page.getByRole('region', { name: 'Nytt möte' });
      await planning.getByText('Typ av möte: Erfarenhetsutbyte.').waitFor();
      expect(await planning.getByLabel(/^Typ av möte/).count()).toBe(0);
      await planning.getByLabel(/^Datum/).fill('2020-10-05');
      await planning.getByLabel(/^Börjar klockan/).fill('13:00');
      await planning.getByRole('button', { name: 'Planera mötet' }).click();
      // A warning, not a refusal: asked beside the date, with focus there.
      const dateQuestion = planning.getByRole('group', { name: 'Mötet ligger 2020, men omgången startar 2027. Stämmer datumet?' });
      await dateQuestion.waitFor();
      expect(await dateQuestion.evaluate((group) => group === document.activeElement)).toBe(true);
      expect((await focused(page)).onScreen).toBe(true);
      await expectAccessible(page);
      await dateQuestion.getByRole('button', { name: 'Ändra datumet' }).click();
      await planning.getByLabel(/^Datum/).fill('2027-10-05');

      // Meanwhile the cohort is cancelled elsewhere: the API refuses the meeting.
      await api(
        'mutation ($id: ID!, $version: Int!) { transitionCohort(id: $id, to: CANCELLED, version: $version, reason: "Prov av ett nekat möte.") { id } }',
        { id: createCohort.id, version: createCohort.version },
        token,
      );
      await planning.getByRole('button', { name: 'Planera mötet' }).click();
      const summary = planning.getByRole('alert');
      await summary.getByText('Det finns ett problem').waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary') === true);
      const refused = await focused(page);
      expect(refused.text).toContain('Det finns ett problem');
      expect(refused.onScreen).toBe(true);
      // What was typed stays.
      expect(await planning.getByLabel(/^Datum/).inputValue()).toBe('2027-10-05');
      await expectAccessible(page);
      await context.close();
    });
  }
});

import { mkdirSync, writeFileSync } from 'node:fs';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, invitedMember, logIn, processLeaderToken } from './support/journey';

/**
 * The follow-up journey. Set up through the API: a cohort in follow-up (mentor Västerås, mentees Sala and
 * Fagersta), a shared goal with a by-gender indicator that Sala has values for, Fagersta's report already
 * approved by the mentor and the mentor's own report approved by the process leader. In Chromium: Sala's member
 * writes and submits its report; the mentor requests changes; Sala edits and resubmits; the mentor approves; the
 * process leader concludes the cohort without a reason (every report approved); Sala is then offered as a mentor
 * in the cohort wizard; the report's print view renders to a PDF. Every page state passes axe with zero violations.
 */
describe('follow-up journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const sala = { email: `sala-${stamp}@example.se`, password: 'Sala-losenord-2026', name: 'Sara Sala' };
  const vasteras = { email: `vasteras-${stamp}@example.se`, password: 'Vasteras-losenord-2026', name: 'Vera Västerås' };
  const fagersta = { email: `fagersta-${stamp}@example.se`, password: 'Fagersta-losenord-2026', name: 'Frida Fagersta' };
  const goalTitle = `Jämställd hemtjänst ${stamp}`;
  const programmeName = `Uppföljning ${stamp}`;
  let cohortId = '';
  let checkpointId = '';


  /** Writes, submits and has approved one organisation's report through the API. */
  async function approvedReport(code: string, authorToken: string, reviewerToken: string, goalId: string): Promise<void> {
    const { saveFollowUpReport } = await api<{ saveFollowUpReport: { id: string; version: number } }>(
      'mutation ($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { id version } }',
      {
        i: {
          checkpointId,
          organizationCode: code,
          version: 0,
          summary: 'Vi har följt upp fördelningen av insatser mellan kvinnor och män.',
          whatWorked: 'Månadsvisa genomgångar av statistiken.',
          goalAssessments: [{ goalId, status: 'PARTLY_ACHIEVED' }],
        },
      },
      authorToken,
    );
    await api('mutation ($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { id } }', { id: saveFollowUpReport.id, v: saveFollowUpReport.version }, authorToken);
    await api('mutation ($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id } }', { i: { reportId: saveFollowUpReport.id, decision: 'APPROVE', comment: '' } }, reviewerToken);
  }

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: programmeName, theme: 'Jämställd service', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    await api('mutation { markMentorEligible(organizationCode: "1980", reason: "Erfaren modellkommun") { id } }', {}, token);
    const { createCohort } = await api<{ createCohort: { id: string; version: number; checkpoints: { id: string; kind: string }[] } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id version checkpoints { id kind } } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: `Västmanland ${stamp}`,
          mentorCode: '1980',
          menteeCodes: ['1981', '1982'],
          startDate: '2025-11-03',
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2025-11-03T09:00:00Z', endsAt: '2025-11-03T12:00:00Z' },
        },
      },
      token,
    );
    cohortId = createCohort.id;
    checkpointId = createCohort.checkpoints.find((c) => c.kind === 'ONE_YEAR')?.id ?? '';
    const active = await api<{ transitionCohort: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { transitionCohort(id: $id, to: ACTIVE, version: $v) { version } }',
      { id: cohortId, v: createCohort.version },
      token,
    );
    await api('mutation ($id: ID!, $v: Int!) { transitionCohort(id: $id, to: FOLLOW_UP, version: $v) { version } }', { id: cohortId, v: active.transitionCohort.version }, token);
    const salaToken = await invitedMember(sala, '1981', token);
    const vasterasToken = await invitedMember(vasteras, '1980', token);
    const fagerstaToken = await invitedMember(fagersta, '1982', token);
    const { createGoal } = await api<{ createGoal: { id: string } }>(
      'mutation ($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
      { i: { cohortId, scope: 'SHARED', title: goalTitle } },
      vasterasToken,
    );
    const { addIndicator } = await api<{ addIndicator: { id: string } }>(
      'mutation ($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }',
      { i: { goalId: createGoal.id, name: 'Beviljade timmar per månad', unit: 'timmar', direction: 'HIGHER_IS_BETTER', byGender: true, baselinePeriod: '2024' } },
      vasterasToken,
    );
    await api(
      'mutation ($i: RecordMeasurementsInput!) { recordMeasurements(input: $i) { id } }',
      {
        i: {
          indicatorId: addIndicator.id,
          organizationCode: '1981',
          values: [
            { period: '2024', gender: 'WOMEN', value: 20 },
            { period: '2024', gender: 'MEN', value: 26 },
            { period: '2025', gender: 'WOMEN', value: 23.5 },
            { period: '2025', gender: 'MEN', value: 26.5 },
          ],
        },
      },
      salaToken,
    );
    await approvedReport('1982', fagerstaToken, vasterasToken, createGoal.id);
    await approvedReport('1980', vasterasToken, token, createGoal.id);
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(user?: typeof sala, viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...(viewport ? { viewport } : {}) });
    const page = await context.newPage();
    await logIn(page, user);
    return { context, page };
  }

  const reportPath = () => `/checkpoints/${checkpointId}/reports/1981`;

  async function submit(page: Page): Promise<void> {
    await page.getByRole('button', { name: 'Lämna in för granskning' }).click();
    await page.getByRole('group', { name: 'Vill du lämna in rapporten för granskning?' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, lämna in rapporten' }).click();
    await page.getByRole('heading', { name: 'Rapporten är inlämnad för granskning.' }).waitFor();
    await expectAccessible(page);
  }

  async function review(page: Page, decision: 'Godkänn rapporten' | 'Begär ändringar', comment: string, answer: string): Promise<void> {
    await page.goto(reportPath());
    const panel = page.getByRole('region', { name: 'Granska rapporten' });
    await panel.waitFor();
    await expectAccessible(page);
    await panel.getByRole('radio', { name: decision }).check();
    if (comment) await panel.getByLabel(/^Kommentar/).fill(comment);
    await panel.getByRole('button', { name: 'Skicka granskningen' }).click();
    await page.getByRole('heading', { name: answer }).waitFor();
    await expectAccessible(page);
  }

  it('a mentee submits, the mentor requests changes, the mentee resubmits and the mentor approves', async () => {
    const { context: salaContext, page } = await open(sala);
    await page.goto(reportPath());
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsrapport – Sala kommun' }).waitFor();
    await expectAccessible(page);
    // The goal's indicator stands beside the form, the values as they are now.
    await page.getByLabel('Sammanfattning').fill('Vi har sett över hur hemtjänstens timmar fördelas mellan kvinnor och män.');
    await page.getByLabel('Vad har fungerat').fill('Att handläggarna går igenom fördelningen varje månad.');
    await page.getByRole('group', { name: `Bedömning av målet ${goalTitle}` }).getByRole('radio', { name: 'Delvis uppnått' }).check();
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('heading', { name: 'Utkastet är sparat.' }).waitFor();
    await expectAccessible(page);
    await submit(page);
    // Read-only for its authors now, with the frozen values.
    expect(await page.getByRole('button', { name: 'Spara utkast' }).count()).toBe(0);
    await page.getByRole('region', { name: 'Indikatorer' }).getByText('23,5').first().waitFor();

    const { context: mentorContext, page: mentorPage } = await open(vasteras);
    await review(mentorPage, 'Begär ändringar', 'Beskriv gärna vad nämnden beslutade utifrån siffrorna.', 'Du har begärt ändringar i rapporten.');

    // Editable again: Sala adds what was asked and hands it in once more.
    await page.goto(reportPath());
    await page.getByText('Beskriv gärna vad nämnden beslutade utifrån siffrorna.').first().waitFor();
    const summary = page.getByLabel('Sammanfattning');
    await summary.fill(`${await summary.inputValue()} Nämnden beslutade om nya riktlinjer för biståndsbedömningen.`);
    await submit(page);

    await review(mentorPage, 'Godkänn rapporten', '', 'Rapporten är godkänd.');
    await mentorPage.getByRole('region', { name: 'Granskningar' }).getByText('Beskriv gärna vad nämnden beslutade utifrån siffrorna.').waitFor();
    await mentorContext.close();
    await salaContext.close();
  });

  it('the process leader concludes the cohort without a reason, and Sala is offered as a mentor in a new cohort', async () => {
    const { context, page } = await open();
    await page.goto('/follow-up');
    await page.getByRole('heading', { level: 1, name: 'Uppföljning' }).waitFor();
    await expectAccessible(page);

    await page.goto(`/cohorts/${cohortId}`);
    await page.getByRole('button', { name: 'Avsluta omgången' }).click();
    await page.getByRole('group', { name: 'Vill du avsluta omgången nu?' }).waitFor();
    expect(await page.getByLabel(/^Skäl/).count()).toBe(0);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Ja, avsluta omgången' }).click();
    await page.getByText('Omgången har nu status Avslutad.').waitFor();
    await expectAccessible(page);

    await page.goto('/cohorts/new/programme');
    await page.getByRole('heading', { level: 1, name: 'Ny omgång' }).waitFor();
    await page.getByRole('radio', { name: programmeName }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    // The mentees first (their cohort has ended: free again), then the mentor.
    await page.getByRole('heading', { level: 2, name: /Steg 2 av 5: Nya/ }).waitFor();
    await page.getByLabel(/^Sök på namn eller kod/).fill('1982');
    await page.getByRole('checkbox', { name: 'Fagersta kommun (1982)' }).check();
    await page.getByLabel(/^Sök på namn eller kod/).fill('1983');
    await page.getByRole('checkbox', { name: 'Köpings kommun (1983)' }).check();
    await page.getByRole('button', { name: 'Nästa' }).click();
    await page.getByRole('heading', { level: 2, name: /Steg 3 av 5: Mentor/ }).waitFor();
    await page.getByLabel(/^Sök på namn eller kod/).fill('Sala');
    await page.getByRole('radio', { name: 'Sala kommun (1981)' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it("the report's print view renders to a PDF", async () => {
    const { context, page } = await open(sala);
    await page.goto(`${reportPath()}/print`);
    await page.getByRole('heading', { level: 1, name: 'Uppföljningsrapport – Sala kommun' }).waitFor();
    await page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).waitFor();
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Skriv ut / spara som PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A short report fits on one or two A4 pages; the PDF and a picture of the printed page are kept to look at.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    mkdirSync('tmp', { recursive: true });
    writeFileSync('tmp/follow-up-report.pdf', pdf);
    await page.screenshot({ path: 'tmp/follow-up-report-print.png', fullPage: true });
    // The texts, the assessment and the reviews are in the printed document.
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nämnden beslutade om nya riktlinjer');
    expect(text).toContain('Delvis uppnått');
    expect(text).toContain('Beskriv gärna vad nämnden beslutade');
    await context.close();
  });
});

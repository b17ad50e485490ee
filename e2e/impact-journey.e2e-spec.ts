import { readFile } from 'node:fs/promises';
import { Client } from 'pg';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { formatGap, OPEN_DATASETS } from '@modellkommuner/shared';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, invitedMember, menuLink, processLeaderToken } from './support/journey';

/**
 * The impact journey: the public "Effekter" page and the open-data page, nobody logged in. Set up with codes
 * no other journey uses (Värmland's 17xx, Västra Götaland's 14xx) and invented Kolada key figures:
 *   programme A: Karlstad → Kil, Eda, Torsby and Kristinehamn → Storfors, Hammarö, Munkfors (started 2021),
 *                every one of the eight with an approved follow-up report assessing the shared goal;
 *   programme B: Göteborg → Härryda, Partille, Öckerö (started 2022);
 *   N99271, linked by all three cohorts (nine participants: ESTIMATED), N99272 by programme B's alone (TOO_FEW).
 * Through the API as the process leader and the members who write and review the reports; with SQL only what
 * the API cannot write: Kolada's values for every kommun (kolada_values is written by the Kolada worker alone),
 * the indicators' Kolada link (adding one asks Kolada for the title, which a closed network cannot reach) and
 * the cohorts' start years in the past. Other journeys' cohorts share the database: the comparison group is
 * whatever never took part, so only our own key figures are asserted exactly.
 * In Chromium at 1280 and 390 px: the figures, the chart and its table alternative with the numbers, the
 * filters, the goal outcomes, a CSV download and the open-data page; axe in every state.
 */
describe('impact journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const programmeA = `Effekter Värmland ${stamp}`;
  const programmeB = `Effekter Västra Götaland ${stamp}`;
  const KPI = 'N99271';
  const KPI_FEW = 'N99272';
  const KPI_TITLE = `Andel heltidsanställda (påhittat nyckeltal ${stamp})`;
  const KPI_FEW_TITLE = `Sjukfrånvaro (påhittat nyckeltal ${stamp})`;
  const DESKTOP = { width: 1280, height: 900 };
  const PHONE = { width: 390, height: 844 };
  const DAY = 24 * 3600 * 1000;
  const YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];
  /** Participants and the year their cohort started. */
  const START: Record<string, number> = {
    '1715': 2021,
    '1730': 2021,
    '1737': 2021,
    '1760': 2021,
    '1761': 2021,
    '1762': 2021,
    '1401': 2022,
    '1402': 2022,
    '1407': 2022,
  };
  let focusAreas: string[] = [];

  /**
   * Kolada's gap (women − men) for a kommun and year, in tenths so that a mean of nine is never half a tenth
   * (the page rounds to tenths): a level by kommun, a little noise by year, and for a participant a gap that
   * narrows by 1.5 in its start year and 3.5 from the year after.
   */
  function gap(code: string, year: number): number {
    const n = Number(code);
    const start = START[code];
    const effect = start === undefined ? 0 : year > start ? -35 : year === start ? -15 : 0;
    return (80 + (n % 9) * 5 + (((n * 7 + year * 3) % 5) - 2) + effect) / 10;
  }

  async function programme(name: string, token: string): Promise<string> {
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name, theme: 'Jämställd service', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    return createProgramme.id;
  }

  interface Made {
    id: string;
    checkpointId: string;
    goalId: string;
    indicatorIds: string[];
  }

  /** A cohort moved on to FOLLOW_UP, with a SHARED goal in the focus area and an indicator per key figure. */
  async function cohort(
    programmeId: string,
    mentorCode: string,
    menteeCodes: string[],
    focusArea: string,
    kpis: number,
    token: string,
  ): Promise<Made> {
    await api(
      'mutation ($code: String!) { markMentorEligible(organizationCode: $code, reason: "Erfaren modellkommun") { id } }',
      { code: mentorCode },
      token,
    );
    const startDate = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const { createCohort } = await api<{ createCohort: { id: string; version: number; checkpoints: { id: string; kind: string }[] } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id version checkpoints { id kind } } }',
      {
        input: {
          programmeId,
          name: `Effekter ${mentorCode} ${stamp}`,
          mentorCode,
          menteeCodes,
          startDate,
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: `${startDate}T09:00:00Z`, endsAt: `${startDate}T12:00:00Z` },
        },
      },
      token,
    );
    const { createGoal } = await api<{ createGoal: { id: string } }>(
      'mutation ($i: CreateGoalInput!) { createGoal(input: $i) { id } }',
      { i: { cohortId: createCohort.id, scope: 'SHARED', title: `Fler kvinnor på heltid ${stamp}`, focusArea } },
      token,
    );
    const indicatorIds: string[] = [];
    for (let i = 0; i < kpis; i++) {
      const { addIndicator } = await api<{ addIndicator: { id: string } }>(
        'mutation ($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }',
        { i: { goalId: createGoal.id, name: `Nyckeltal ${i + 1}`, unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true } },
        token,
      );
      indicatorIds.push(addIndicator.id);
    }
    const active = await api<{ transitionCohort: { version: number } }>(
      'mutation ($id: ID!, $v: Int!) { transitionCohort(id: $id, to: ACTIVE, version: $v) { version } }',
      { id: createCohort.id, v: createCohort.version },
      token,
    );
    await api(
      'mutation ($id: ID!, $v: Int!) { transitionCohort(id: $id, to: FOLLOW_UP, version: $v) { version } }',
      { id: createCohort.id, v: active.transitionCohort.version },
      token,
    );
    return {
      id: createCohort.id,
      checkpointId: createCohort.checkpoints.find((c) => c.kind === 'ONE_YEAR')?.id ?? '',
      goalId: createGoal.id,
      indicatorIds,
    };
  }

  /** Writes, submits and has approved one organisation's report through the API, assessing the shared goal. */
  async function approvedReport(made: Made, code: string, status: string, authorToken: string, reviewerToken: string): Promise<void> {
    const { saveFollowUpReport } = await api<{ saveFollowUpReport: { id: string; version: number } }>(
      'mutation ($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { id version } }',
      {
        i: {
          checkpointId: made.checkpointId,
          organizationCode: code,
          version: 0,
          summary: 'Vi har följt upp heltidsarbetet.',
          goalAssessments: [{ goalId: made.goalId, status }],
        },
      },
      authorToken,
    );
    await api(
      'mutation ($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { id } }',
      { id: saveFollowUpReport.id, v: saveFollowUpReport.version },
      authorToken,
    );
    await api(
      'mutation ($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id } }',
      { i: { reportId: saveFollowUpReport.id, decision: 'APPROVE', comment: '' } },
      reviewerToken,
    );
  }

  const member = (code: string) => ({
    email: `effekter-${code}-${stamp}@example.se`,
    password: `Effekter-${code}-2026`,
    name: `Kontakt ${code}`,
  });

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    const { vocabularies } = await api<{ vocabularies: { focusAreas: string[] } }>('{ vocabularies { focusAreas } }');
    focusAreas = vocabularies.focusAreas;
    const [focusA, focusB] = focusAreas;
    const idA = await programme(programmeA, token);
    const idB = await programme(programmeB, token);
    const karlstad = await cohort(idA, '1780', ['1715', '1730', '1737'], focusA, 1, token);
    const kristinehamn = await cohort(idA, '1781', ['1760', '1761', '1762'], focusA, 1, token);
    const goteborg = await cohort(idB, '1480', ['1401', '1402', '1407'], focusB, 2, token);

    // Approved reports for programme A's eight: 4 achieved, 2 partly, 1 not, 1 ongoing.
    const outcomes: [Made, string, string][] = [
      [karlstad, '1715', 'ACHIEVED'],
      [karlstad, '1730', 'ACHIEVED'],
      [karlstad, '1737', 'PARTLY_ACHIEVED'],
      [kristinehamn, '1760', 'ACHIEVED'],
      [kristinehamn, '1761', 'ACHIEVED'],
      [kristinehamn, '1762', 'NOT_ACHIEVED'],
    ];
    const tokens: Record<string, string> = {};
    for (const code of ['1780', '1781', ...outcomes.map(([, c]) => c)]) tokens[code] = await invitedMember(member(code), code, token);
    for (const [made, code, status] of outcomes)
      await approvedReport(made, code, status, tokens[code], tokens[made === karlstad ? '1780' : '1781']);
    await approvedReport(karlstad, '1780', 'PARTLY_ACHIEVED', tokens['1780'], token);
    await approvedReport(kristinehamn, '1781', 'ONGOING', tokens['1781'], token);

    const db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    try {
      await db.query(`UPDATE indicators SET kolada_kpi_id = $1, kolada_kpi_title = $2 WHERE id = ANY($3::uuid[])`, [
        KPI,
        KPI_TITLE,
        [karlstad, kristinehamn, goteborg].map((made) => made.indicatorIds[0]),
      ]);
      await db.query(`UPDATE indicators SET kolada_kpi_id = $1, kolada_kpi_title = $2 WHERE id = $3`, [
        KPI_FEW,
        KPI_FEW_TITLE,
        goteborg.indicatorIds[1],
      ]);
      await db.query(`UPDATE cohorts SET start_date = $2 WHERE id = ANY($1::uuid[])`, [[karlstad.id, kristinehamn.id], '2021-03-01']);
      await db.query(`UPDATE cohorts SET start_date = $2 WHERE id = $1`, [goteborg.id, '2022-03-01']);
      // Every kommun's values of both key figures (Öckerö has no baseline for N99272: missing at Kolada).
      const { rows } = await db.query<{ code: string }>(`SELECT code FROM organizations WHERE kind = 'MUNICIPALITY'`);
      const kpis: string[] = [];
      const ids: string[] = [];
      const years: number[] = [];
      const women: number[] = [];
      const men: number[] = [];
      for (const kpi of [KPI, KPI_FEW]) {
        for (const { code } of rows) {
          for (const year of YEARS) {
            if (kpi === KPI_FEW && code === '1407' && year === 2021) continue;
            kpis.push(kpi);
            ids.push(code);
            years.push(year);
            men.push(40);
            women.push(40 + gap(code, year));
          }
        }
      }
      await db.query(
        `INSERT INTO kolada_values (kpi_id, kolada_id, year, women, men, total)
         SELECT kpi, id, year, w, m, (w + m) / 2 FROM unnest($1::varchar[], $2::varchar[], $3::smallint[], $4::float8[], $5::float8[]) AS v(kpi, id, year, w, m)
         ON CONFLICT (kpi_id, kolada_id, year) DO UPDATE SET women = EXCLUDED.women, men = EXCLUDED.men, total = EXCLUDED.total`,
        [kpis, ids, years, women, men],
      );
    } finally {
      await db.end();
    }
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      baseURL: WEB_URL,
      locale: 'sv-SE',
      timezoneId: 'Europe/Stockholm',
      viewport,
      acceptDownloads: true,
    });
    return { context, page: await context.newPage() };
  }

  async function expectNoSidewaysScrolling(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }

  const card = (page: Page, kpi: string) => page.locator(`article[data-kpi="${kpi}"]`);
  /** "−3,4" → -3.4 */
  const numberOf = (text: string) => Number(text.replace('−', '-').replace(',', '.'));
  const definition = (article: ReturnType<typeof card>, term: string) =>
    article.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd');
  /** Waits until the status says which figures are shown (the last answer has arrived). */
  const showing = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
  /** The participants' mean gap at an offset, from the values we stored: the table must show exactly this. */
  function participantMean(offset: number): string {
    const codes = Object.keys(START);
    return formatGap(codes.reduce((sum, code) => sum + gap(code, START[code] + offset), 0) / codes.length);
  }

  it('anyone reads the figures: the difference with its interval, the chart and its table, too few, the method', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await menuLink(page, 'Effekter');
    await page.getByRole('heading', { level: 1, name: 'Effekter' }).waitFor();
    await showing(page, 'Siffrorna gäller alla program, alla fokusområden och alla generationer.');

    // Our estimated key figure: nine participants, the gap narrowed by about 3.5 beside the others.
    const estimated = card(page, KPI);
    await estimated.waitFor();
    expect(await estimated.getByRole('heading', { level: 3 }).textContent()).toBe(`${KPI_TITLE} (Kolada ${KPI})`);
    await estimated.getByText('Skattad', { exact: true }).waitFor();
    expect(await estimated.locator('.impact-card__sentence').textContent()).toMatch(
      /^Skillnaden mellan kvinnor och män förändrades med −3,\d hos deltagarna .* Intervallet utesluter noll/,
    );
    expect(await definition(estimated, 'Deltagare').textContent()).toBe('9 organisationer');
    expect(
      Number(/^(\d+) kommuner och regioner$/.exec((await definition(estimated, 'Jämförelsegrupp').textContent()) ?? '')?.[1]),
    ).toBeGreaterThan(150);
    const did = /^([−+]?\d+,\d) \(95 % intervall ([−+]?\d+,\d) till ([−+]?\d+,\d)\)$/.exec(
      (await definition(estimated, 'Skillnad i förändring').textContent()) ?? '',
    );
    expect(did).not.toBeNull();
    const [difference, lower, upper] = did!.slice(1).map(numberOf);
    expect(difference).toBeGreaterThan(-4.5);
    expect(difference).toBeLessThan(-2.5);
    expect(lower).toBeLessThanOrEqual(difference);
    expect(upper).toBeGreaterThanOrEqual(difference);
    expect(upper).toBeLessThan(0);

    // The chart: two lines, each named at its end, and a zero line.
    const chart = estimated.getByRole('figure', { name: 'Skillnaden kvinnor − män år för år, deltagare och övriga' });
    await chart.locator('.recharts-line-curve').nth(1).waitFor();
    expect(await chart.locator('.recharts-line-curve').count()).toBe(2);
    expect(await chart.locator('.impact-chart__line-label').allTextContents()).toEqual(['Deltagare', 'Övriga']);
    await chart.getByText('Ingen skillnad').waitFor();
    const plot = await chart.locator('svg.recharts-surface').first().boundingBox();
    expect(plot!.width).toBeGreaterThan(300);

    // The table alternative: the participants' means as stored, nine behind each; the others' means beside them.
    const table = estimated.getByRole('table', { name: `Skillnaden kvinnor − män år för år: ${KPI_TITLE}` });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(5);
    const offsets = [-3, -2, -1, 0, 1];
    const labels = ['Tre år före start', 'Två år före start', 'Året före start (utgångsläge)', 'Startåret', 'Uppföljningsåret'];
    for (const [index, offset] of offsets.entries()) {
      const cells = await rows.nth(index).locator('th, td').allTextContents();
      expect(cells.slice(0, 3)).toEqual([labels[index], participantMean(offset), '9']);
      expect(cells[3]).toMatch(/^[−+]?\d+,\d$/);
      expect(Number(cells[4])).toBeGreaterThan(150);
    }
    await expectAccessible(page);

    // Too few: no chart, the reason with the counts (Öckerö's missing baseline said).
    const few = card(page, KPI_FEW);
    await few.getByText('För få organisationer för att säga något', { exact: true }).waitFor();
    expect(await few.locator('.impact-card__reason p').first().textContent()).toMatch(
      /^Inget diagram: 2 deltagare har värden både året före start och uppföljningsåret, och jämförelsegruppen har \d+ kommuner och regioner med värden samma år\. Minst 5 behövs i varje grupp\.$/,
    );
    await few.getByText('1 deltagare saknar värde hos Kolada året före start eller uppföljningsåret och räknas inte.').waitFor();
    expect(await few.getByRole('figure').count()).toBe(0);
    expect(await few.getByRole('table').count()).toBe(0);

    // How it is counted, and when Kolada's data was fetched (our values: today).
    const method = page.getByRole('region', { name: 'Så räknar vi' });
    await method.getByText(/samband, inte att metoden är orsaken/).waitFor();
    await method.getByText(/Jämförelsedata hämtades senast/).waitFor();
    await context.close();
  });

  it('the filters narrow the figures and the goal outcomes, and stay in the address', async () => {
    const { context, page } = await open();
    await page.goto('/impact');
    await card(page, KPI).waitFor();
    const filters = page.getByRole('region', { name: 'Avgränsa siffrorna' });

    // Programme A: its six participants, and N99272 (programme B's) is not there.
    await filters.getByLabel('Program').selectOption({ label: programmeA });
    await showing(page, `Siffrorna gäller ${programmeA}, alla fokusområden och alla generationer.`);
    expect(new URL(page.url()).searchParams.get('programme')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await definition(card(page, KPI), 'Deltagare').textContent()).toBe('6 organisationer');
    expect(await card(page, KPI_FEW).count()).toBe(0);
    // The goal outcomes of programme A's eight approved reports, by focus area and programme.
    const outcomes = page.getByRole('region', { name: 'Måluppfyllelse i godkända uppföljningar' });
    await outcomes.getByText('Alla mål: 8 mål från 8 organisationer.').waitFor();
    const byFocus = outcomes.getByRole('table', { name: 'Måluppfyllelse per fokusområde' });
    const focusRow = byFocus.getByRole('row').filter({ has: page.getByRole('rowheader', { name: focusAreas[0] }) });
    expect(await focusRow.getByRole('cell').allTextContents()).toEqual(['8', '4 (50 %)', '2 (25 %)', '1 (13 %)', '1 (13 %)', '8', '']);
    const byProgramme = outcomes.getByRole('table', { name: 'Måluppfyllelse per program' });
    expect(
      await byProgramme
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: programmeA }) })
        .getByRole('cell')
        .first()
        .textContent(),
    ).toBe('8');
    await expectAccessible(page);

    // Programme B: three participants, too few for N99271 now.
    await filters.getByLabel('Program').selectOption({ label: programmeB });
    await showing(page, `Siffrorna gäller ${programmeB}, alla fokusområden och alla generationer.`);
    await card(page, KPI).getByText('För få organisationer för att säga något', { exact: true }).waitFor();
    expect(await card(page, KPI).getByRole('figure').count()).toBe(0);
    // No approved reports in programme B: nothing to show, in words.
    await outcomes.getByText('Inga godkända uppföljningar med bedömda mål ännu.').waitFor();
    await expectAccessible(page);

    // Generation 1 (our mentees had founding mentors) and programme A's focus area, over every programme.
    await filters.getByLabel('Program').selectOption({ label: 'Alla program' });
    await showing(page, 'Siffrorna gäller alla program, alla fokusområden och alla generationer.');
    // Two choices in quick succession: the second keeps the first.
    await filters.getByLabel('Fokusområde').selectOption({ label: focusAreas[0] });
    await filters.getByLabel(/^Generation/).selectOption({ label: 'Generation 1' });
    await showing(page, `Siffrorna gäller alla program, ${focusAreas[0]} och generation 1.`);
    expect(await definition(card(page, KPI), 'Deltagare').textContent()).toBe('6 organisationer');
    const params = new URL(page.url()).searchParams;
    expect([params.get('focusArea'), params.get('generation'), params.get('programme')]).toEqual([focusAreas[0], '1', null]);
    await expectAccessible(page);

    // A reload shows the same; "Visa alla igen" takes every filter away.
    await page.reload();
    await showing(page, `Siffrorna gäller alla program, ${focusAreas[0]} och generation 1.`);
    expect(await definition(card(page, KPI), 'Deltagare').textContent()).toBe('6 organisationer');
    await filters.getByRole('button', { name: 'Visa alla igen' }).click();
    await showing(page, 'Siffrorna gäller alla program, alla fokusområden och alla generationer.');
    expect(await definition(card(page, KPI), 'Deltagare').textContent()).toBe('9 organisationer');
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  it('the key figures download as CSV, and the open-data page lists every dataset with its files and licence', async () => {
    const { context, page } = await open();
    await page.goto('/impact');
    await card(page, KPI).waitFor();
    const files = page.getByRole('region', { name: 'Öppna data' });
    // The file is the API's, through the web server's proxy (not the app's index.html).
    const answer = await page.request.get('/open-data/impact-key-figures.csv');
    expect([answer.status(), answer.headers()['content-type']]).toEqual([200, expect.stringMatching(/^text\/csv/)]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      files.getByRole('link', { name: 'Ladda ner CSV: Effekter: skillnader mellan kvinnor och män hos deltagare och övriga' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    // RFC 4180 for programs (docs/api-conventions.md, "Open data"): a header of snake_case names, `,` between
    // fields; our key figure's first fields hold no comma (the sentence, last, does, quoted).
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual(['kpi_id', 'kpi_title', 'status', 'participants', 'comparison']);
    const ours = lines.find((line) => line.startsWith(`${KPI},`))?.split(',');
    expect(ours?.slice(0, 4)).toEqual([KPI, KPI_TITLE, 'ESTIMATED', '9']);

    // The open-data page, from the footer.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data' }).click();
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    const datasets = page.getByRole('region', { name: 'Dataset' });
    expect(await datasets.getByRole('article').count()).toBe(OPEN_DATASETS.length);
    for (const dataset of OPEN_DATASETS) {
      const article = datasets.getByRole('article', { name: dataset.title });
      expect(await article.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(
        dataset.formats.map((format) => `/open-data/${dataset.id}.${format}`),
      );
    }
    await page.getByRole('link', { name: 'Läs licensen' }).waitFor();
    expect(await page.getByRole('link', { name: 'Datakatalogen (DCAT-AP-SE, JSON-LD)' }).getAttribute('href')).toBe('/dcat.jsonld');
    await expectAccessible(page);
    await context.close();
  });

  it('on a phone: the chart fits, the tables are cards, nothing scrolls sideways', async () => {
    const { context, page } = await open(PHONE);
    await page.goto('/impact');
    await page.getByRole('heading', { level: 1, name: 'Effekter' }).waitFor();
    const estimated = card(page, KPI);
    const chart = estimated.getByRole('figure');
    await chart.locator('.recharts-line-curve').nth(1).waitFor();
    expect((await chart.locator('svg.recharts-surface').first().boundingBox())!.width).toBeLessThanOrEqual(PHONE.width);
    // The table alternative as cards: each year a card headed by its name, the values labelled.
    const firstRow = estimated.getByRole('table').locator('tbody tr').first();
    expect(await firstRow.evaluate((row) => getComputedStyle(row).display)).toBe('block');
    expect(await firstRow.getByRole('rowheader').textContent()).toBe('Tre år före start');
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await page.getByLabel('Program', { exact: true }).selectOption({ label: programmeA });
    await showing(page, `Siffrorna gäller ${programmeA}, alla fokusområden och alla generationer.`);
    await page.getByRole('table', { name: 'Måluppfyllelse per fokusområde' }).waitFor();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await page.goto('/oppna-data');
    await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    await context.close();
  });
});

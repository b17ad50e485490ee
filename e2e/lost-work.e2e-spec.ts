import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, linkIn, SESSION_COOKIE, waitForMail, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, menuLink, processLeaderToken, storedDraftForms } from './support/journey';

/**
 * Nothing a user types is lost (docs/web-patterns.md, "Work is never lost"), at 1280 px and on a phone
 * (390 px), from a database with only the reference seed plus what this spec creates through the API.
 * A Sandviken member writes a new learning example (Sandviken: no other journey writes examples for it, so the
 * examples journey's "no examples yet" holds whatever order the files run in): a click in the menu asks first ("Stanna kvar" keeps
 * the text); the session then ends (the cookie is gone) and saving leads to the login page, which says
 * why; after logging in again the member is back in the form with the text and a message, and saves.
 * A process leader walks the cohort wizard, one address per step: an organisation already in an active
 * cohort of the programme is shown but not offered, the browser's Back and Forward and a reload keep the
 * steps, and a step asked for too early goes to the first one still to do. Every state passes axe
 * (WCAG 2.1 A/AA) with no violations.
 */
describe('work is never lost, in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const member = { email: `anna.${stamp}@hedemora.example.se`, name: 'Anna Utkast', password: 'utkast-sparas-2026' };
  const programmeName = `Inget försvinner ${stamp}`;
  const busyCohortName = `Dalarna norr ${stamp}`;
  const DESKTOP = { width: 1280, height: 800 };
  const PHONE = { width: 390, height: 844 };
  const QUESTION = 'Du har osparade ändringar. Lämna sidan ändå?';

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    // The member, by invitation (the invitation journey tests those pages), of an organisation no other journey writes for.
    await api('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input: { email: member.email, organizationCode: '2181', role: 'MEMBER' } }, token);
    const invitation = linkIn(await waitForMail(member.email), 'invitation').split('/').pop();
    await api('mutation ($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token } }', { t: invitation, n: member.name, p: member.password });

    // A programme with a cohort that holds Mora (mentor) and Ludvika (a new one).
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: programmeName, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    for (const code of ['2062', '2080']) {
      const { organization } = await api<{ organization: { mentorEligible: boolean } }>('query ($code: String!) { organization(code: $code) { mentorEligible } }', { code }, token);
      if (!organization.mentorEligible) {
        await api('mutation ($code: String!) { markMentorEligible(organizationCode: $code, reason: "Erfaren modellkommun") { id } }', { code }, token);
      }
    }
    await api(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: busyCohortName,
          mentorCode: '2062',
          menteeCodes: ['2085', '2081'],
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

  async function newPage(): Promise<{ context: BrowserContext; page: Page; asked: string[] }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    const page = await context.newPage();
    // The browser's own "Leave site?" (beforeunload) on a reload: noted, and answered "leave".
    const asked: string[] = [];
    page.on('dialog', (dialog) => {
      asked.push(dialog.type());
      void dialog.accept();
    });
    return { context, page, asked };
  }

  const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  for (const viewport of [DESKTOP, PHONE]) {
    it(`at ${viewport.width} px: a new example survives a click in the menu and a lapsed session`, async () => {
      const { context, page } = await newPage();
      await logIn(page, member);
      await page.setViewportSize(viewport);
      const title = `Utkast som inte får försvinna ${stamp} ${viewport.width}`;
      const summary = 'Det här skrevs innan sessionen gick ut, och finns kvar efteråt.';

      await page.goto('/examples/new');
      await page.getByRole('heading', { level: 1, name: 'Nytt lärande exempel' }).waitFor();
      await page.getByLabel(/^Rubrik/).fill(title);

      // A click in the menu asks first; "Stanna kvar" has focus and keeps the text.
      await menuLink(page, 'Lärande exempel');
      const dialog = page.getByRole('dialog', { name: QUESTION });
      await dialog.waitFor();
      expect(await focusedText(page)).toBe('Stanna kvar');
      await dialog.getByRole('button', { name: 'Lämna sidan' }).waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(new URL(page.url()).pathname).toBe('/examples/new');
      expect(await page.getByLabel(/^Rubrik/).inputValue()).toBe(title);

      // "Logga ut" is a navigation too (to /logout): it asks first, and staying keeps the session and the text.
      const menuButton = page.getByRole('button', { name: 'Meny' });
      if ((await menuButton.isVisible()) && (await menuButton.getAttribute('aria-expanded')) !== 'true') await menuButton.click();
      await page.getByRole('button', { name: 'Logga ut' }).click();
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Stanna kvar' }).click();
      await dialog.waitFor({ state: 'detached' });
      expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(true);
      expect(new URL(page.url()).pathname).toBe('/examples/new');
      expect(await page.getByLabel(/^Rubrik/).inputValue()).toBe(title);

      // The session ends (its cookie is gone); saving then leads to the login page, which says why.
      await page.getByLabel(/^Ingress/).fill(summary);
      await context.clearCookies();
      expect((await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE)).toBe(false);
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/login?next=%2Fexamples%2Fnew');
      await page.getByText('Din session har gått ut. Logga in igen för att fortsätta – det du skrev finns kvar.').waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      // The draft is in the tab; the password typed next never is.
      expect(await storedDraftForms(page)).toEqual(['example:new']);
      await expectAccessible(page);

      await page.getByLabel(/^E-postadress/).fill(member.email);
      await page.getByLabel(/^Lösenord/).fill(member.password);
      await page.getByRole('button', { name: 'Logga in' }).click();

      // Back in the form, with the text and the message.
      await page.getByRole('heading', { level: 1, name: 'Nytt lärande exempel' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/examples/new');
      await page.getByText('Vi har återställt det du skrev innan du loggades ut.').waitFor();
      expect(await page.getByLabel(/^Rubrik/).inputValue()).toBe(title);
      expect(await page.getByLabel(/^Ingress/).inputValue()).toBe(summary);
      expect(JSON.stringify(await page.evaluate(() => ({ ...window.sessionStorage, ...window.localStorage })))).not.toContain(member.password);
      await expectAccessible(page);

      // Saved: no question on the way to the example, and no draft left behind.
      await page.getByRole('button', { name: 'Spara utkast' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText('Exemplet är sparat som utkast.').waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await storedDraftForms(page)).toEqual([]);
      await expectAccessible(page);
      await context.close();
    });

    it(`at ${viewport.width} px: the cohort wizard keeps its steps over Back, Forward and a reload`, async () => {
      const { context, page, asked } = await newPage();
      await logIn(page);
      await page.setViewportSize(viewport);
      const next = () => page.getByRole('button', { name: 'Nästa' }).click();
      const stepHeading = (name: RegExp) => page.getByRole('heading', { level: 2, name });
      const path = () => new URL(page.url()).pathname;

      await page.goto('/cohorts/new');
      await stepHeading(/Steg 1 av 5: Program/).waitFor();
      expect(path()).toBe('/cohorts/new/programme');
      expect(await page.title()).toBe('Program – ny omgång – Modellkommuner');
      await expectAccessible(page);
      await page.getByRole('radio', { name: programmeName }).check();
      await next();

      // Ludvika is new in another cohort of the programme: shown, not offered, and why.
      await stepHeading(/Steg 2 av 5: Nya/).waitFor();
      expect(path()).toBe('/cohorts/new/mentees');
      expect(await page.title()).toBe('Nya – ny omgång – Modellkommuner');
      expect(await focusedText(page)).toContain('Nya');
      const search = page.getByLabel(/^Sök på namn eller kod/);
      await search.fill('2085');
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#wizard-mentee-2085')?.disabled === true);
      await page.getByText(`Deltar redan i omgången ${busyCohortName} i programmet.`).waitFor();
      await search.fill('2084');
      await page.getByRole('checkbox', { name: /\(2084\)$/ }).check();
      await search.fill('2083');
      await page.getByRole('checkbox', { name: /\(2083\)$/ }).check();
      await page.getByRole('region', { name: 'Valda nya (2)' }).waitFor();
      await expectAccessible(page);
      await next();

      // Mora mentors the other cohort: shown, not offered, and why.
      await stepHeading(/Steg 3 av 5: Mentor/).waitFor();
      expect(path()).toBe('/cohorts/new/mentor');
      expect(await page.title()).toBe('Mentor – ny omgång – Modellkommuner');
      const mora = page.getByRole('radio', { name: /\(2062\)$/ });
      await page.getByLabel(/^Sök på namn eller kod/).fill('2062');
      await mora.waitFor();
      await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#wizard-mentor-2062')?.disabled === true);
      await page.getByText(`Deltar redan i omgången ${busyCohortName} i programmet.`).waitFor();
      await expectAccessible(page);
      await page.getByLabel(/^Sök på namn eller kod/).fill('2080');
      await page.getByRole('radio', { name: /\(2080\)$/ }).check();
      await page.getByText(/^Vald mentor: .+\.$/).waitFor();

      // The browser's Back and Forward: each step where it was, the choices kept, nothing asked.
      await page.goBack();
      await stepHeading(/Steg 2 av 5: Nya/).waitFor();
      expect(path()).toBe('/cohorts/new/mentees');
      await page.getByRole('region', { name: 'Valda nya (2)' }).waitFor();
      await page.goForward();
      await stepHeading(/Steg 3 av 5: Mentor/).waitFor();
      await page.getByText(/^Vald mentor: .+\.$/).waitFor();
      expect(await page.getByRole('dialog').count()).toBe(0);

      // A reload: the browser asks first (something is chosen), and the step comes back as it was.
      await page.reload();
      await stepHeading(/Steg 3 av 5: Mentor/).waitFor();
      expect(asked).toEqual(['beforeunload']);
      expect(path()).toBe('/cohorts/new/mentor');
      await page.getByText(/^Vald mentor: .+\.$/).waitFor();
      expect(await page.getByText('Vi har återställt det du skrev innan du loggades ut.').count()).toBe(0);
      await expectAccessible(page);
      await page.getByRole('button', { name: 'Tillbaka', exact: true }).click();
      await stepHeading(/Steg 2 av 5: Nya/).waitFor();
      await page.getByRole('region', { name: 'Valda nya (2)' }).waitFor();

      // The review before the details are done: to the details step.
      await page.goto('/cohorts/new/review');
      await stepHeading(/Steg 4 av 5/).waitFor();
      expect(path()).toBe('/cohorts/new/details');
      await expectAccessible(page);

      // Leaving asks; leaving on purpose forgets the choices.
      await page.getByRole('link', { name: 'Avbryt och gå till omgångarna' }).click();
      await page.getByRole('dialog', { name: QUESTION }).getByRole('button', { name: 'Lämna sidan' }).click();
      await page.getByRole('heading', { level: 1, name: 'Omgångar' }).waitFor();
      expect(await storedDraftForms(page)).toEqual([]);
      await context.close();
    });
  }
});

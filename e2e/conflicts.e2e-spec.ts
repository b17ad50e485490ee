import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, linkIn, waitForMail, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * Two people edit one working group at the same time (docs/web-patterns.md, "Conflicts"). The process
 * leader, on a desktop, and a Säter member, on a phone (390 px), open Säter's working group; the leader
 * saves first. The member's save is refused without losing what they typed, they fetch the group as it
 * is saved now and see who is in it, and choose: once "show the latest" (the form takes the saved
 * group), once "keep my text" (their list is saved on top). Every state passes axe with zero violations.
 */
describe('conflicts in Chromium: two people save one working group', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const member = { email: `kontakt.${stamp}@sater.example.se`, password: 'ett-langt-losenord', name: 'Sara Säterström' };
  const ORGANIZATION = 'Säters kommun';
  const STALE = 'Arbetsgruppen har ändrats sedan du läste den. Ladda om och försök igen.';
  let groupPath = '';
  let cohortName = '';

  beforeAll(async () => {
    browser = await launchChromium();
    const token = await processLeaderToken();
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: `Konflikter ${stamp}`, theme: 'Jämställdhetsintegrering', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    await api('mutation { markMentorEligible(organizationCode: "2081", reason: "Erfaren modellkommun") { id } }', {}, token).catch(() => undefined);
    cohortName = `Dalarna ${stamp}`;
    const { createCohort } = await api<{ createCohort: { id: string } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: cohortName,
          mentorCode: '2081',
          menteeCodes: ['2082', '2084'],
          startDate: '2027-02-01',
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: '2027-02-01T09:00:00Z', endsAt: '2027-02-01T12:00:00Z' },
        },
      },
      token,
    );
    groupPath = `/cohorts/${createCohort.id}/working-group/2082`;
    // A Säter member, invited by mail and signed up through the API.
    await api('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input: { email: member.email, organizationCode: '2082', role: 'MEMBER' } }, token);
    const invitation = linkIn(await waitForMail(member.email), 'invitation').split('/').pop();
    await api('mutation ($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token } }', {
      t: invitation,
      n: member.name,
      p: member.password,
    });
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(viewport?: { width: number; height: number }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', ...(viewport ? { viewport } : {}) });
    return { context, page: await context.newPage() };
  }

  async function openGroup(page: Page): Promise<void> {
    await page.goto(groupPath);
    await page.getByRole('heading', { level: 1, name: `Arbetsgrupp – ${ORGANIZATION}` }).waitFor();
  }

  const person = (page: Page, n: number) => page.getByRole('group', { name: `Person ${n}` });
  const group = (page: Page) => page.getByRole('table', { name: `Arbetsgrupp, ${ORGANIZATION}` });

  async function savedAndBack(page: Page): Promise<void> {
    await page.getByRole('heading', { level: 1, name: cohortName }).waitFor();
    await page.getByText('Arbetsgruppen är sparad.').waitFor();
  }

  it('the second save shows the conflict screen; “show the latest” puts the saved group into the form', async () => {
    const leader = await open();
    await logIn(leader.page);
    const phone = await open({ width: 390, height: 844 });
    await logIn(phone.page, member);

    // Both open the empty group.
    await openGroup(leader.page);
    await openGroup(phone.page);
    await expectAccessible(phone.page);

    // The leader saves first.
    await person(leader.page, 1).getByLabel(/^Namn/).fill('Anna Andersson');
    await person(leader.page, 1).getByLabel(/^Titel/).fill('Kommunstyrelsens ordförande');
    await leader.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await savedAndBack(leader.page);

    // The member's save, on top of what they read, is refused; nothing typed is lost.
    await person(phone.page, 1).getByLabel(/^Namn/).fill('Bengt Berg');
    await person(phone.page, 1).getByLabel(/^Roll/).selectOption({ label: 'Jämställdhetsexpert' });
    await phone.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await phone.page.getByRole('alert').getByText(STALE).waitFor();
    expect(await person(phone.page, 1).getByLabel(/^Namn/).inputValue()).toBe('Bengt Berg');
    await expectAccessible(phone.page);

    // Fetching the latest group does not touch the form; the notice says who is in the group now.
    await phone.page.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    const notice = phone.page.getByRole('region', { name: 'Någon annan har sparat arbetsgruppen' });
    await notice.waitFor();
    await notice.getByRole('list', { name: 'Arbetsgruppen som den är sparad nu' }).getByText('Anna Andersson, Kommunstyrelsens ordförande, Politiker').waitFor();
    expect(await notice.textContent()).not.toMatch(/version \d/);
    expect(await person(phone.page, 1).getByLabel(/^Namn/).inputValue()).toBe('Bengt Berg');
    expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(phone.page);

    // "Show the latest", confirmed: the form now holds the saved group, focus on its first name.
    await notice.getByRole('button', { name: /^Visa den senaste versionen i stället/ }).click();
    await notice.getByRole('button', { name: 'Ja, ersätt min text' }).click();
    await phone.page.getByText('Formuläret visar nu den senaste versionen.').waitFor();
    const firstName = person(phone.page, 1).getByLabel(/^Namn/);
    expect(await firstName.inputValue()).toBe('Anna Andersson');
    expect(await firstName.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(phone.page);

    // Adding to the saved group now goes through.
    await phone.page.getByRole('button', { name: 'Lägg till en person' }).click();
    await person(phone.page, 2).getByLabel(/^Namn/).fill('Bengt Berg');
    await phone.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await savedAndBack(phone.page);
    await group(phone.page).getByRole('rowheader', { name: 'Anna Andersson' }).waitFor();
    await group(phone.page).getByRole('rowheader', { name: 'Bengt Berg' }).waitFor();
    await expectAccessible(phone.page);
    await leader.context.close();
    await phone.context.close();
  });

  it('“keep my text” saves the user’s list on top of the one saved in between', async () => {
    const leader = await open();
    await logIn(leader.page);
    const phone = await open({ width: 390, height: 844 });
    await logIn(phone.page, member);
    await openGroup(leader.page);
    await openGroup(phone.page);

    // The leader removes Bengt and saves.
    await leader.page.getByRole('button', { name: 'Ta bort person 2 (Bengt Berg)' }).click();
    await leader.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await savedAndBack(leader.page);

    // The member, unaware, adds Cecilia; the save is refused; they fetch the latest and keep their list.
    await phone.page.getByRole('button', { name: 'Lägg till en person' }).click();
    await person(phone.page, 3).getByLabel(/^Namn/).fill('Cecilia Ceder');
    await person(phone.page, 3).getByLabel(/^Roll/).selectOption({ label: 'Chef' });
    await phone.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await phone.page.getByRole('alert').getByText(STALE).waitFor();
    await phone.page.getByRole('button', { name: 'Hämta den senaste versionen' }).click();
    const notice = phone.page.getByRole('region', { name: 'Någon annan har sparat arbetsgruppen' });
    const latest = notice.getByRole('list', { name: 'Arbetsgruppen som den är sparad nu' });
    await latest.waitFor();
    expect(await latest.getByRole('listitem').allTextContents()).toEqual(['Anna Andersson, Kommunstyrelsens ordförande, Politiker']);
    await notice.getByRole('button', { name: 'Behåll min text' }).click();
    await phone.page.getByText('Din text finns kvar. När du sparar ersätter den den senaste versionen.').waitFor();
    expect(await person(phone.page, 3).getByLabel(/^Namn/).inputValue()).toBe('Cecilia Ceder');
    await expectAccessible(phone.page);

    await phone.page.getByRole('button', { name: 'Spara arbetsgruppen' }).click();
    await savedAndBack(phone.page);
    for (const name of ['Anna Andersson', 'Bengt Berg', 'Cecilia Ceder']) await group(phone.page).getByRole('rowheader', { name }).waitFor();

    // The leader, reloading, sees the member's list: nothing was overwritten without someone choosing so.
    await leader.page.reload();
    await group(leader.page).getByRole('rowheader', { name: 'Cecilia Ceder' }).waitFor();
    await expectAccessible(leader.page);
    await leader.context.close();
    await phone.context.close();
  });
});

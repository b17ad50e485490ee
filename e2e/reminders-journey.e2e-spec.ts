import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, invitedMember, logIn, processLeaderToken } from './support/journey';
import { eventually } from './support/waiting';

/**
 * The reminders journey. Set up through the API: a planned cohort (mentor Luleå, mentees Piteå and Boden,
 * codes no other journey uses) with its start-up meeting two months ahead, and a member of Piteå invited the
 * way people are. In Chromium: the process leader reads the cohort's reminders and sends a message of their
 * own to Piteå (asked first, answered in a confirmation); the worker delivers it and the member's bell counts
 * 1; the member opens the notifications, finds it on the start page too, marks it read (the bell counts 0);
 * the notifications page on a phone does not scroll sideways; the member turns e-mail off for one kind and the
 * choice survives a reload. Every state passes axe with zero violations.
 */
describe('reminders journey in Chromium', () => {
  let browser: Browser;
  let token: string;
  let memberToken: string;
  let cohortId = '';
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const MENTOR = '2580';
  const MENTEES = ['2581', '2582'];
  const pitea = { email: `pitea-${stamp}@example.se`, password: 'Pitea-losenord-2026', name: 'Petra Piteå' };
  const cohortName = `Norrbotten ${stamp}`;
  const subject = `Glöm inte enkäten ${stamp}`;
  const body = 'Fyll i enkäten om arbetsgruppen före fredag. Den tar fem minuter.';
  const DAY = 24 * 3600 * 1000;
  const DESKTOP = { width: 1280, height: 800 };
  const PHONE = { width: 390, height: 844 };

  beforeAll(async () => {
    browser = await launchChromium();
    token = await processLeaderToken();
    const { organization } = await api<{ organization: { mentorEligible: boolean } }>('query ($code: String!) { organization(code: $code) { mentorEligible } }', { code: MENTOR }, token);
    if (!organization.mentorEligible) {
      await api('mutation ($code: String!) { markMentorEligible(organizationCode: $code, reason: "Erfaren modellkommun") { id } }', { code: MENTOR }, token);
    }
    const { createProgramme } = await api<{ createProgramme: { id: string } }>(
      'mutation ($input: CreateProgrammeInput!) { createProgramme(input: $input) { id } }',
      { input: { name: `Påminnelser ${stamp}`, theme: 'Jämställd service', organizationKind: 'MUNICIPALITY' } },
      token,
    );
    const start = new Date(Date.now() + 60 * DAY);
    const startDate = start.toISOString().slice(0, 10);
    const { createCohort } = await api<{ createCohort: { id: string } }>(
      'mutation ($input: CreateCohortInput!) { createCohort(input: $input) { id } }',
      {
        input: {
          programmeId: createProgramme.id,
          name: cohortName,
          mentorCode: MENTOR,
          menteeCodes: MENTEES,
          startDate,
          startupMeeting: { kind: 'STARTUP', title: 'Uppstartsmöte', startsAt: `${startDate}T09:00:00Z`, endsAt: `${startDate}T12:00:00Z` },
        },
      },
      token,
    );
    cohortId = createCohort.id;
    memberToken = await invitedMember(pitea, '2581', token);
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function open(user: typeof pitea | undefined, viewport = DESKTOP): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm', viewport });
    const page = await context.newPage();
    await logIn(page, user);
    return { context, page };
  }

  /** The page is no wider than the window: nothing makes it scroll sideways. */
  async function expectNoSidewaysScrolling(page: Page): Promise<void> {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  }

  const bell = (page: Page, name: string) => page.getByRole('banner').getByRole('link', { name, exact: true });

  it('a process leader sends a message; the member sees it counted, reads it, finds it on the start page and marks it read', async () => {
    // The member is already looking at the service when the message is sent: nothing unread yet.
    const { context: memberContext, page: member } = await open(pitea);
    await bell(member, 'Notiser').waitFor();

    const { context: leaderContext, page: leader } = await open(undefined);
    await leader.goto(`/cohorts/${cohortId}`);
    await leader.getByRole('heading', { level: 1, name: cohortName }).waitFor();
    const reminders = leader.getByRole('region', { name: 'Påminnelser', exact: true });
    // The start-up meeting's reminders wait: 7 days and 1 day before.
    const table = reminders.getByRole('table', { name: 'Påminnelser i omgången' });
    await table.getByRole('rowheader', { name: 'Möte: Uppstartsmöte' }).first().waitFor();
    expect(await table.getByRole('row').filter({ hasText: 'Möte: Uppstartsmöte' }).count()).toBe(2);
    await expectAccessible(leader);

    const form = leader.getByRole('region', { name: 'Skicka ett eget meddelande' });
    await form.getByRole('checkbox', { name: 'Piteå kommun' }).check();
    await form.getByLabel(/^Rubrik/).fill(subject);
    await form.getByLabel(/^Meddelande/).fill(body);
    await form.getByRole('button', { name: 'Skicka meddelandet' }).click();
    const question = form.getByRole('group', { name: 'Vill du skicka meddelandet nu?' });
    await question.getByText('Det går till alla konton i Piteå kommun.').waitFor();
    await expectAccessible(leader);
    await question.getByRole('button', { name: 'Ja, skicka meddelandet' }).click();
    // One account in Piteå, with e-mail on: the confirmation says so and takes focus.
    const confirmation = form.getByRole('status', { name: 'Meddelandet skickas till 1 person med e-post' });
    await confirmation.waitFor();
    await leader.waitForFunction(() => document.activeElement?.getAttribute('role') === 'status');
    expect(await form.getByLabel(/^Rubrik/).inputValue()).toBe('');
    await expectAccessible(leader);

    // The worker delivers it within seconds; the member's bell counts it when the window has focus again.
    await eventually('the notification delivered', async () => {
      const { unreadNotificationCount } = await api<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, memberToken);
      return unreadNotificationCount === 1;
    });
    await member.evaluate(() => window.dispatchEvent(new Event('focus')));
    await bell(member, 'Notiser, 1 oläst').waitFor();
    await expectAccessible(member);
    // On a phone the number shows on "Meny" (described in words), the header still one line.
    await member.setViewportSize(PHONE);
    const menu = member.getByRole('button', { name: 'Meny' });
    await menu.waitFor();
    expect(await menu.evaluate((button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent)).toBe('1 oläst notis');
    expect((await member.getByRole('banner').boundingBox())!.height).toBeLessThan(80);
    await expectNoSidewaysScrolling(member);
    await expectAccessible(member);
    await member.setViewportSize(DESKTOP);

    await bell(member, 'Notiser, 1 oläst').click();
    await member.getByRole('heading', { level: 1, name: 'Notiser' }).waitFor();
    const item = member.getByRole('article', { name: subject });
    await item.getByText(body).waitFor();
    await item.getByText('Oläst', { exact: true }).waitFor();
    expect(await item.getByRole('link', { name: `Öppna ${subject}` }).getAttribute('href')).toBe(`/cohorts/${cohortId}`);
    await expectAccessible(member);

    // The start page lists it among what waits, with the cohort's next meeting.
    await member.getByRole('link', { name: 'Modellkommuner, till startsidan' }).click();
    const agenda = member.getByRole('region', { name: 'Det här väntar på dig' });
    await agenda.getByRole('region', { name: 'Olästa notiser' }).getByRole('link', { name: subject }).waitFor();
    await agenda.getByRole('region', { name: 'Nästa möten' }).getByRole('link', { name: 'Uppstartsmöte' }).waitFor();
    await expectAccessible(member);

    // Marked read: the item says so, focus stays on it, and the bell counts none.
    await member.goto('/notifications');
    await item.getByRole('button', { name: `Markera som läst ${subject}` }).click();
    await member.getByRole('status').filter({ hasText: 'Notisen är markerad som läst.' }).waitFor();
    await item.getByText('Läst', { exact: true }).waitFor();
    await bell(member, 'Notiser').waitFor();
    expect(await item.getByRole('heading', { name: subject }).evaluate((heading) => heading === document.activeElement)).toBe(true);
    await expectAccessible(member);

    // The process leader sees it sent (the worker marked it), to one person.
    await leader.reload();
    const sentRow = table.getByRole('row').filter({ has: leader.getByRole('rowheader', { name: `Meddelande: ${subject}` }) });
    await sentRow.waitFor();
    expect(await sentRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Meddelande från processledaren', '1 person']));
    expect(await sentRow.getByRole('cell').filter({ hasText: 'Väntar' }).count()).toBe(0);
    await leaderContext.close();
    await memberContext.close();
  });

  it('the notifications page on a phone: the bell behind "Meny", no sideways scrolling', async () => {
    const { context, page } = await open(pitea, DESKTOP);
    // At 1280 px the bell stands beside who is logged in: the bar stays one line.
    const bar = await page.locator('.site-header__bar').boundingBox();
    const bellBox = await bell(page, 'Notiser').boundingBox();
    expect(bar!.height).toBeLessThan(70);
    expect(bellBox!.y + bellBox!.height).toBeLessThanOrEqual(bar!.y + bar!.height);
    await page.setViewportSize(PHONE);
    await page.goto('/notifications');
    await page.getByRole('heading', { level: 1, name: 'Notiser' }).waitFor();
    await page.getByRole('article', { name: subject }).waitFor();
    // The header stays one line, the name and "Meny"; the bell is first in the menu.
    const menu = page.getByRole('button', { name: 'Meny' });
    expect((await page.getByRole('banner').boundingBox())!.height).toBeLessThan(80);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    await menu.click();
    await bell(page, 'Notiser').waitFor();
    expect(await bell(page, 'Notiser').getAttribute('aria-current')).toBe('page');
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    await page.keyboard.press('Escape');

    await page.getByRole('checkbox', { name: 'Bara olästa' }).check();
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.getByRole('heading', { level: 2, name: 'Inga olästa notiser' }).waitFor();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
    await context.close();
  });

  it('the member turns e-mail off for one kind, and the choice survives a reload', async () => {
    const { context, page } = await open(pitea);
    await page.goto('/account');
    const section = page.getByRole('region', { name: 'E-post för påminnelser' });
    const meetings = section.getByRole('checkbox', { name: 'Möte närmar sig' });
    await meetings.waitFor();
    expect(await meetings.isChecked()).toBe(true);
    // Process leaders' kinds are not offered to a member.
    expect(await section.getByRole('checkbox', { name: 'Lärande exempel väntar på redaktionen' }).count()).toBe(0);
    await expectAccessible(page);
    await meetings.uncheck();
    await section.getByRole('status').getByText('Du får inte längre e-post om ”Möte närmar sig”. Notisen i tjänsten kommer som förut.').waitFor();
    await expectAccessible(page);

    await page.reload();
    await section.getByRole('checkbox', { name: 'Möte närmar sig' }).waitFor();
    expect(await section.getByRole('checkbox', { name: 'Möte närmar sig' }).isChecked()).toBe(false);
    expect(await section.getByRole('checkbox', { name: 'Meddelande från processledaren' }).isChecked()).toBe(true);
    const { me } = await api<{ me: { reminderPreferences: { kind: string; email: boolean }[] } }>('{ me { reminderPreferences { kind email } } }', {}, memberToken);
    expect(me.reminderPreferences.find((preference) => preference.kind === 'MEETING_UPCOMING')?.email).toBe(false);
    await context.close();
  });
});

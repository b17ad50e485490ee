import { Browser, Page } from 'playwright-core';
import { launchChromium, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * Language and the activity log (docs/web-patterns.md): the log read as sentences and filtered from
 * lists, on a phone; in the English interface the Swedish content marked lang="sv", and a server message
 * in English with its Swedish original. Every page visited passes axe with zero violations.
 */
describe('language and the activity log in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', viewport: { width: 390, height: 844 }, isMobile: true });
    return context.newPage();
  }

  async function noSidewaysScroll(page: Page): Promise<void> {
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  }

  it('a process leader reads the log as sentences on a phone, filters it from lists and opens what a change concerns', async () => {
    const email = `logg.${stamp}@hedemora.example.se`;
    await api(
      `mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "2083", role: MEMBER }) { id } }`,
      { e: email },
      await processLeaderToken(),
    );
    const page = await phone();
    await logIn(page);
    await page.goto('/audit');
    const sentence = page.getByRole('heading', { level: 3, name: `Processledare SKR bjöd in ${email} till Hedemora kommun` });
    await sentence.waitFor();
    await expect(page.getByText('invitation.create').count()).resolves.toBe(0);
    await expectAccessible(page);
    await noSidewaysScroll(page);

    await page.getByLabel(/^Typ av objekt/).selectOption({ label: 'Inbjudningar' });
    await page.getByLabel(/^Utförd av/).selectOption({ label: 'Processledare SKR, Sveriges Kommuner och Regioner' });
    await page.getByRole('button', { name: 'Filtrera' }).click();
    await page.waitForURL(/entity=Invitation&actorId=/);
    // Focus lands on the results heading, which says how many changes there are.
    await page.waitForFunction(
      () => document.activeElement?.tagName === 'H2' && /^\d+ ändring(ar)?$/.test(document.activeElement.textContent ?? ''),
    );
    await sentence.waitFor();

    const entry = page.getByRole('listitem').filter({ has: sentence });
    await entry.getByText('Visa ändringarna').click();
    await entry.getByText(email, { exact: true }).last().waitFor();
    await entry.getByText('Medlem', { exact: true }).waitFor();
    await expectAccessible(page);
    await noSidewaysScroll(page);

    await sentence.getByRole('link', { name: 'Hedemora kommun' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hedemora kommun' }).waitFor();
    await page.context().close();
  });

  it('in English, Swedish content carries lang="sv", and a refusal is in English with the Swedish original', async () => {
    const token = await processLeaderToken();
    const title = `Budget med könsperspektiv ${stamp}`;
    const created = await api<{ createLearningExample: { id: string; slug: string; version: number } }>(
      `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id slug version } }`,
      {
        i: {
          title,
          summary: 'Kommunen budgeterar med könsperspektiv.',
          organizationCodes: ['2083'],
          subjects: [],
          activityAreas: [],
          background: 'Bakgrunden är skriven på svenska.',
        },
      },
      token,
    );
    const { id, slug, version } = created.createLearningExample;
    await api(`mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { id } }`, { id, v: version }, token);
    const invited = `dubbel.${stamp}@hedemora.example.se`;
    await api(
      `mutation($e: String!) { inviteUser(input: { email: $e, organizationCode: "2083", role: MEMBER }) { id } }`,
      { e: invited },
      token,
    );

    const page = await phone();
    await logIn(page);
    // The language choice as the switch remembers it (on a phone the switch sits in the menu).
    await page.evaluate(() => window.localStorage.setItem('modellkommuner.language', 'en'));

    await page.goto(`/examples/${slug}`);
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const heading = page.getByRole('heading', { level: 1, name: title });
    await heading.waitFor();
    expect(await heading.getAttribute('lang')).toBe('sv');
    expect(await page.getByText('Kommunen budgeterar med könsperspektiv.').getAttribute('lang')).toBe('sv');
    expect(await page.getByText('Bakgrunden är skriven på svenska.').getAttribute('lang')).toBe('sv');
    expect(
      await page.getByRole('heading', { level: 2, name: 'Background – starting point, purpose, goals' }).getAttribute('lang'),
    ).toBeNull();
    await expectAccessible(page);

    // The same address again: the API refuses it (CONFLICT) in Swedish; the page says it in English.
    await page.goto('/organizations/2083/invite');
    await page.getByLabel(/^E-mail address/).fill(invited);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'This cannot be done in the current state.' });
    await alert.waitFor();
    await alert.getByText('The message in Swedish', { exact: true }).click();
    const original = alert.locator('[lang="sv"]');
    await expect(original.textContent()).resolves.toBe(
      `${invited} är redan inbjuden till Hedemora kommun. Skicka inbjudan igen i stället.`,
    );
    await expectAccessible(page);

    await page.goto('/audit');
    const sentence = page.getByRole('heading', { level: 3, name: `Processledare SKR published the example “${title}”` });
    await sentence.waitFor();
    expect(await sentence.getByRole('link', { name: title }).getAttribute('lang')).toBe('sv');
    await expectAccessible(page);
    await noSidewaysScroll(page);
    await page.context().close();
  });
});

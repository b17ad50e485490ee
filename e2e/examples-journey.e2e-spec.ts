import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, linkIn, waitForMail, WEB_URL } from './support/browser';
import { accessibilityLog, api, logIn, processLeaderToken } from './support/journey';

/**
 * The learning-example journey, from a database with only the reference seed. A Hedemora member
 * (invited by mail) drafts an example in the editor, watches the live preview, saves and submits it
 * for review; while it is in review the public cannot find it. A process leader finds it in the
 * editorial queue and publishes it, and imports an SKR page. An anonymous visitor then finds the
 * example with an inflected Swedish query and a facet, shares the URL and opens the example. Every
 * page visited passes axe (WCAG 2.1 A/AA) with zero violations.
 */
describe('learning examples journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();
  const stamp = Date.now().toString(36);
  const title = `Hedemora öppnar fritidsgårdarna för fler tjejer ${stamp}`;
  const member = { email: `karin.${stamp}@hedemora.example.se`, name: 'Karin Lindqvist', password: 'fritidsgard-2026' };
  let examplePath = '';

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    return { context, page: await context.newPage() };
  }

  /** What an anonymous caller finds for a query: the titles. */
  async function publicTitles(query: string): Promise<string[]> {
    const data = await api<{ searchLearningExamples: { edges: { node: { title: string } }[] } }>(
      'query ($q: String) { searchLearningExamples(query: $q, first: 50) { edges { node { title } } } }',
      { q: query },
    );
    return data.searchLearningExamples.edges.map((edge) => edge.node.title);
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Huvudmeny' });

  it('a member drafts an example with a live preview, saves it and submits it for review', async () => {
    // The member's account, by invitation from the process leader (the invitation journey tests the pages).
    await api('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input: { email: member.email, organizationCode: '2083', role: 'MEMBER' } }, await processLeaderToken());
    const token = linkIn(await waitForMail(member.email), 'invitation').split('/').pop();
    await api('mutation ($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token } }', { t: token, n: member.name, p: member.password });

    const { context, page } = await newPage();
    await logIn(page, member);
    await nav(page).getByRole('link', { name: 'Våra exempel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Våra exempel' }).waitFor();
    // Empty on a fresh database; another journey may have written for Hedemora first (the files run in any order).
    await page.getByText('Er organisation har inga exempel än.').or(page.getByRole('list').filter({ has: page.getByRole('link') })).first().waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Nytt exempel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nytt lärande exempel' }).waitFor();
    await expectAccessible(page);
    // Saving an empty form is refused in the browser, with the problems listed.
    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('link', { name: 'Ge exemplet en rubrik.' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel(/^Rubrik/).fill(title);
    await page.getByLabel(/^Ingress/).fill('Kommunen räknade besöken per kön och ändrade öppettider och aktiviteter så att fler flickor kommer till fritidsgårdarna.');
    await page.getByRole('checkbox', { name: 'Jämställdhet' }).check();
    await page.getByRole('checkbox', { name: 'Kultur och fritid' }).check();
    await page.getByLabel(/^Startår/).fill('2022');
    await page.getByRole('checkbox', { name: /^Pågående/ }).check();
    await page.getByLabel(/^Bakgrund – utgångspunkt, syfte, mål/).fill('Nio av tio besökare på fritidsgårdarna var pojkar. Målet var en jämn fördelning inom tre år.');
    await page.getByLabel(/^Slutsats 1/).fill('Statistik per kön visar var pengarna hamnar.');
    // Typed markup stays text, in the preview as on the public page.
    await page.getByLabel(/^Genomförande/).fill('Tjejkvällar <b>varje vecka</b> och ett råd där besökarna bestämmer.');

    const preview = page.getByRole('region', { name: 'Förhandsvisning' });
    await preview.getByRole('heading', { level: 2, name: title }).waitFor();
    await preview.getByText('Tjejkvällar <b>varje vecka</b> och ett råd där besökarna bestämmer.').waitFor();
    await preview.getByText('2022 – pågående').waitFor();
    expect(await preview.locator('b').count()).toBe(0);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Spara utkast' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('Exemplet är sparat som utkast.').waitFor();
    examplePath = new URL(page.url()).pathname;
    expect(examplePath).toBe(`/examples/hedemora-oppnar-fritidsgardarna-for-fler-tjejer-${stamp}`);
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Skicka för granskning' }).click();
    await page.getByText('Exemplet är skickat för granskning.').waitFor();
    await page.getByText('Granskas', { exact: true }).waitFor();
    // Locked for the authors while in review.
    expect(await page.getByRole('link', { name: 'Redigera' }).count()).toBe(0);
    await expectAccessible(page);
    await context.close();

    // Not public while in review: not found by search, and its page says so to a visitor.
    expect(await publicTitles('fritidsgårdar tjejer')).not.toContain(title);
    const visitor = await newPage();
    await visitor.page.goto(examplePath);
    await visitor.page.getByRole('heading', { level: 1, name: 'Exemplet finns inte eller är inte publicerat' }).waitFor();
    await expectAccessible(visitor.page);
    await visitor.context.close();
  });

  it('a process leader publishes it from the editorial queue and imports an SKR page', async () => {
    const { context, page } = await newPage();
    await logIn(page);
    await nav(page).getByRole('link', { name: 'Redaktion' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redaktion' }).waitFor();
    const queue = page.getByRole('region', { name: 'Väntar på granskning' });
    await queue.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);

    await queue.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publicera' }).click();
    await page.getByText('Exemplet är publicerat.').waitFor();
    await page.getByText(/^Publicerad \d{1,2} [a-zé]+ \d{4}$/).first().waitFor();
    await expectAccessible(page);

    // An SKR page pasted as plain text (invented here), published with its own date.
    await page.goto('/examples/import');
    await page.getByRole('heading', { level: 1, name: 'Importera exempel från SKR' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/^Text att importera/).fill(
      [
        'Publicerad: 3 mars 2021',
        '',
        `Malmö stad delar lokalbidrag lika ${stamp}`,
        '',
        'Staden gick igenom vilka föreningar som fick lokalbidrag och hur många flickor och pojkar de nådde.',
        '',
        'Bakgrund',
        '',
        'Bidragen hade inte setts över på länge.',
        '',
        'Kontakt',
        '',
        'Sara Holm, strateg, Malmö stad, sara.holm@example.se',
        '',
        'Om exemplet',
        '',
        'Ämne: Jämställdhet; Rymdfart',
        'Exempel från: Kommun',
        'Tidsperiod: 2019–2021',
        'Verksamhetsområde: Kultur och fritid',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Importera' }).click();
    // The import publishes at once: asked first.
    await page.getByRole('group', { name: 'Exemplen publiceras direkt och blir synliga för alla.' }).waitFor();
    await page.getByRole('button', { name: 'Importera och publicera' }).click();
    await page.getByRole('heading', { name: 'Resultat av importen' }).waitFor();
    await page.getByRole('link', { name: `Malmö stad delar lokalbidrag lika ${stamp}` }).waitFor();
    await page.getByText('1 nytt exempel').waitFor();
    await page.getByRole('listitem').filter({ hasText: /^Okänt ämne "Rymdfart"/ }).waitFor();
    await expectAccessible(page);
    expect(await publicTitles(`lokalbidrag ${stamp}`)).toEqual([`Malmö stad delar lokalbidrag lika ${stamp}`]);

    await page.goto('/vocabularies');
    await page.getByRole('heading', { level: 1, name: 'Ordlistor' }).waitFor();
    await expectAccessible(page);
    await context.close();
  });

  it('an anonymous visitor finds it with a Swedish query and a facet, shares the search and opens the example', async () => {
    const { context, page } = await newPage();
    await page.goto('/');
    await nav(page).getByRole('link', { name: 'Lärande exempel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lärande exempel' }).waitFor();
    await expectAccessible(page);

    // "fritidsgårdar" is not a word of the example: the Swedish stemmer matches "fritidsgårdarna".
    await page.getByLabel('Sök bland exemplen').fill('fritidsgårdar tjejer');
    await page.getByRole('button', { name: 'Sök' }).click();
    const results = page.getByRole('region', { name: 'Sökresultat' });
    await results.getByRole('link', { name: title }).waitFor();
    await results.locator('mark').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('fritidsgårdar tjejer');
    await expectAccessible(page);

    // The box follows the URL, which the click changes (so Playwright's check(), which expects the state at once, is not used).
    const facet = page.getByRole('group', { name: 'Verksamhetsområde' }).getByRole('checkbox', { name: /^Kultur och fritid/ });
    await facet.click();
    await page.waitForURL(/omrade=Kultur/);
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#facet-omrade-Kultur-och-fritid')?.checked === true);
    await results.getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);
    const shared = page.url();

    // The shared address shows the same search to somebody else.
    const other = await context.newPage();
    await other.goto(shared);
    expect(await other.getByLabel('Sök bland exemplen').inputValue()).toBe('fritidsgårdar tjejer');
    expect(await other.getByRole('group', { name: 'Verksamhetsområde' }).getByRole('checkbox', { name: /^Kultur och fritid/ }).isChecked()).toBe(true);
    await other.getByRole('region', { name: 'Sökresultat' }).getByRole('link', { name: title }).click();
    await other.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(other.url()).pathname).toBe(examplePath);
    await other.getByText(/^Publicerad /).first().waitFor();
    await other.getByRole('heading', { name: 'Bakgrund – utgångspunkt, syfte, mål' }).waitFor();
    await other.getByText('Tjejkvällar <b>varje vecka</b> och ett råd där besökarna bestämmer.').waitFor();
    await other.getByRole('heading', { name: 'Om exemplet' }).waitFor();
    // No editorial actions for the public.
    expect(await other.getByRole('button', { name: 'Publicera' }).count()).toBe(0);
    await expectAccessible(other);
    await context.close();
  });
});

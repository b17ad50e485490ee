import { Browser, BrowserContext, Page } from 'playwright-core';
import { cspViolations, launchChromium, linkIn, SESSION_COOKIE, waitForMail, WEB_URL } from './support/browser';
import { accessibilityLog, expectSessionUnreadable, logIn } from './support/journey';

/**
 * The foundation's journey: a process leader logs in, finds Hedemora, invites a person; in a fresh
 * browser the invitee opens the mailed link, creates the account and lands logged in. Every page
 * visited passes axe (WCAG 2.1 A/AA) with zero violations.
 */
describe('invitation journey in Chromium', () => {
  let browser: Browser;
  const { visited, expectAccessible } = accessibilityLog();

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    console.log(`axe-checked pages (${visited.length}): ${visited.join(', ')}`);
  });

  async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ baseURL: WEB_URL, locale: 'sv-SE' });
    return { context, page: await context.newPage() };
  }

  it('public pages are in Swedish and accessible', async () => {
    const { context, page } = await newPage();
    for (const [path, heading] of [
      ['/', 'Välkommen till Modellkommuner'],
      ['/login', 'Logga in'],
      ['/forgot-password', 'Glömt lösenord'],
      ['/accessibility', 'Tillgänglighetsredogörelse'],
      ['/personal-data', 'Så hanterar vi personuppgifter'],
      ['/finns-inte', 'Sidan hittades inte'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('main h1').first().textContent()).resolves.toContain(heading);
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      await expectAccessible(page);
    }
    // English is one click away, and the choice changes the page language.
    await page.goto('/login');
    await page.getByRole('button', { name: 'In English' }).click();
    await expect(page.locator('main h1').first().textContent()).resolves.toMatch(/log in/i);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('a process leader invites a person to Hedemora, who creates an account from the mailed link', async () => {
    const invitee = `ny.person.${Date.now()}@hedemora.example.se`;
    const { context, page } = await newPage();

    await page.goto('/login');
    await expectAccessible(page);
    await page.getByLabel(/^E-postadress/).fill('processledare@skr.se');
    await page.getByLabel(/^Lösenord/).fill('modell-demo-2026');
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByText('Inloggad som Processledare SKR').waitFor();
    await expectSessionUnreadable(page);
    await expectAccessible(page);

    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Organisationer' }).click();
    await page.getByLabel(/^Sök på namn eller kod/).fill('Hedemora');
    // The list shows every organisation until the debounced search lands in the URL.
    await page.waitForURL(/q=Hedemora/);
    await page.getByText('1 organisation', { exact: true }).waitFor();
    const hedemora = page.getByRole('link', { name: 'Hedemora kommun' });
    await expect(page.getByRole('link', { name: /kommun$/ }).count()).resolves.toBe(1);
    await expectAccessible(page);
    expect(page.url()).toContain('q=Hedemora');

    await hedemora.click();
    await page.getByRole('heading', { level: 1, name: 'Hedemora kommun' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Bjud in en person' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bjud in till Hedemora kommun' }).waitFor();
    await expectAccessible(page);
    // A refused attempt first: the API's Swedish message is shown next to the field.
    await page.getByLabel(/^E-postadress/).fill('inte-en-adress');
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByText(/Ange en giltig e-postadress/).first().waitFor();
    await page.getByLabel(/^E-postadress/).fill(invitee);
    await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
    await page.getByText(`Inbjudan har skickats till ${invitee}.`).waitFor();
    await expectAccessible(page);

    // The process leader's other pages.
    await page.goto('/audit');
    // The log tells the invitation as a sentence (docs/web-patterns.md, "Language and the activity log").
    await page.getByRole('heading', { level: 3, name: `Processledare SKR bjöd in ${invitee} till Hedemora kommun` }).waitFor();
    await expectAccessible(page);
    await page.goto('/account/password');
    await expectAccessible(page);
    await context.close();

    // The invitee, in a fresh browser context (no shared storage), follows the link from the mail.
    const mail = await waitForMail(invitee);
    expect(mail.subject).toBe('Inbjudan till Modellkommuner – Hedemora kommun');
    const link = linkIn(mail, 'invitation');
    expect(link.startsWith(WEB_URL)).toBe(true);
    const fresh = await newPage();
    await fresh.page.goto(link);
    await fresh.page.getByText('Processledare SKR har bjudit in dig till Modellkommuner.').waitFor();
    await fresh.page.getByText(invitee).waitFor();
    await expectAccessible(fresh.page);
    await fresh.page.getByLabel(/^Ditt namn/).fill('Nina Nyberg');
    await fresh.page.getByLabel(/^Lösenord/).fill('ett-langt-losenord');
    await fresh.page.getByLabel(/^Upprepa lösenordet/).fill('ett-langt-losenord');
    await fresh.page.getByRole('button', { name: 'Skapa konto' }).click();
    await fresh.page.getByText('Inloggad som Nina Nyberg').waitFor();
    expect(new URL(fresh.page.url()).pathname).toBe('/');
    await fresh.page.getByRole('heading', { level: 1, name: 'Välkommen, Nina Nyberg' }).waitFor();
    await expectSessionUnreadable(fresh.page);
    await expectAccessible(fresh.page);

    // The link works once.
    await fresh.page.goto(link);
    await fresh.page.getByText(/redan använts/).waitFor();
    await expectAccessible(fresh.page);
    await fresh.context.close();
  });

  it('the app works under its Content-Security-Policy, and no script can read the session', async () => {
    const { context, page } = await newPage();
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
    });
    const response = await page.goto('/');
    const policy = response?.headers()['content-security-policy'] ?? '';
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'"]) {
      expect(policy.split('; ')).toContain(directive);
    }
    await logIn(page);
    for (const [link, path] of [['Organisationer', '/organizations'], ['Lärande exempel', '/examples'], ['Redaktion', '/editorial'], ['Ändringslogg', '/audit'], ['Mitt konto', '/account']] as const) {
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: link, exact: true }).click();
      await page.waitForURL((url) => url.pathname === path);
      await page.locator('main h1').first().waitFor();
    }
    // A reload keeps the session: it is the cookie, not anything the page stored.
    await page.reload();
    await page.getByText('Inloggad som Processledare SKR').waitFor();
    expect(blocked).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);

    // The check does see a violation: an injected inline script is refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(await cspViolations(page)).toEqual([expect.stringMatching(/^script-src-elem/)]);

    // Logging out clears the cookie.
    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByText('Du har loggats ut.').waitFor();
    expect((await context.cookies()).some((c) => c.name === SESSION_COOKIE)).toBe(false);
    await context.close();
  });
});

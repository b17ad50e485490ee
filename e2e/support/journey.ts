import { Page } from 'playwright-core';
import { axeViolations, cspViolations, linkIn, SESSION_COOKIE, waitForMail, WEB_URL } from './browser';

/** A GraphQL call through the web app's origin (as the browser makes it); throws on any error. */
export async function api<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${WEB_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A member account made the way people get one: invited by `token`'s holder, accepted from the mailed link. Returns its token. */
export async function invitedMember(user: { email: string; password: string; name: string }, code: string, token: string): Promise<string> {
  await api('mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }', { input: { email: user.email, organizationCode: code, role: 'MEMBER' } }, token);
  const invitation = linkIn(await waitForMail(user.email), 'invitation').split('/').pop();
  const { acceptInvitation } = await api<{ acceptInvitation: { token: string } }>(
    'mutation ($t: String!, $n: String!, $p: String!) { acceptInvitation(token: $t, name: $n, password: $p) { token } }',
    { t: invitation, n: user.name, p: user.password },
  );
  return acceptInvitation.token;
}

export const PROCESS_LEADER = { email: 'processledare@skr.se', password: 'modell-demo-2026', name: 'Processledare SKR' };

export async function processLeaderToken(): Promise<string> {
  const data = await api<{ login: { token: string } }>(
    'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: PROCESS_LEADER.email, password: PROCESS_LEADER.password },
  );
  return data.login.token;
}

/**
 * Logs in through the login page (served under the app's Content-Security-Policy) and waits until the
 * header names the user; then checks that the session is a cookie no script on the page can read.
 */
export async function logIn(page: Page, user: { email: string; password: string; name: string } = PROCESS_LEADER): Promise<void> {
  const response = await page.goto('/login');
  expect(response?.headers()['content-security-policy']).toMatch(/(^|; )script-src 'self'(;|$)/);
  await page.getByLabel(/^E-postadress/).fill(user.email);
  await page.getByLabel(/^Lösenord/).fill(user.password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByText(`Inloggad som ${user.name}`).waitFor();
  await expectSessionUnreadable(page);
  expect(await cspViolations(page)).toEqual([]);
}

/**
 * The browser holds the session as an `HttpOnly; Secure; SameSite=Strict; Path=/` cookie, and nothing
 * a script can reach — `document.cookie`, localStorage, sessionStorage — contains it.
 */
export async function expectSessionUnreadable(page: Page): Promise<void> {
  const session = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
  const readable = await page.evaluate(() => ({
    cookie: document.cookie,
    storage: JSON.stringify({ ...window.localStorage }) + JSON.stringify({ ...window.sessionStorage }),
  }));
  expect(readable.cookie).not.toContain(SESSION_COOKIE);
  expect(readable.cookie).not.toContain(session?.value ?? '-');
  expect(readable.storage).not.toContain(session?.value ?? '-');
}

/**
 * Checks pages with axe (WCAG 2.1 A/AA; the journeys expect no violations) and for Content-Security-
 * Policy violations (none expected), and remembers which, so a journey can print the pages it checked.
 */
export function accessibilityLog(): { visited: string[]; expectAccessible(page: Page): Promise<void> } {
  const visited: string[] = [];
  return {
    visited,
    async expectAccessible(page: Page): Promise<void> {
      await page.locator('main h1').first().waitFor();
      // The page works under the app's Content-Security-Policy: nothing it did was blocked.
      expect(await cspViolations(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);
      const url = new URL(page.url());
      visited.push(url.pathname + url.search);
    },
  };
}

/**
 * Follows a link of the main menu, opening it first where it is behind the "Meny" button (a phone).
 * Resolves once clicked: the page may ask first (the unsaved-changes guard).
 */
export async function menuLink(page: Page, name: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: 'Meny' });
  if ((await menuButton.count()) > 0 && (await menuButton.isVisible()) && (await menuButton.getAttribute('aria-expanded')) !== 'true') {
    await menuButton.click();
  }
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name, exact: true }).click();
}

/** The forms with a draft in the tab's sessionStorage (docs/web-patterns.md, "Work is never lost"), e.g. `example:new`. */
export function storedDraftForms(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const prefix = 'modellkommuner.draft:';
    return Object.keys(window.sessionStorage)
      .filter((key) => key.startsWith(prefix))
      .map((key) => key.slice(prefix.length).split(':').slice(1).join(':'))
      .sort();
  });
}

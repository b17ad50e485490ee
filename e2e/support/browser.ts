import AxeBuilder from '@axe-core/playwright';
import { source as axeSource } from 'axe-core';
import { Browser, chromium, Page } from 'playwright-core';

export const WEB_URL = process.env.E2E_WEB_URL ?? 'http://127.0.0.1:4200';
const MAILBOX_URL = process.env.E2E_MAILBOX_URL ?? 'http://127.0.0.1:1080/mails';

/** Debian's Chromium; never a downloaded browser. Flags for a closed network, as root. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/**
 * WCAG 2.1 A/AA with axe: returns the violations (the tests expect none), readable in a failure.
 * Legacy mode runs axe in the page itself; the default opens a blank page per check to combine the
 * frames' results, which on the two-core CI machine doubled each check (1.8–3.9 s → 0.9–1.8 s, the
 * same results; the e2e tier runs about 170 checks). The app has no iframes, which is all that mode gives up.
 * AxeBuilder would send axe's source (~0.5 MB) to the page twice per check, at ~0.6 s a time here; the check
 * sends it once per document instead (an SPA keeps it across client-side navigations) and gives AxeBuilder
 * an empty statement as the source to inject. Only violations are collected in full (`resultTypes`). Over
 * the tier's 175 checks that took axe's share from 159 s to 80 s (e2e/accessibility-check.e2e-spec.ts shows
 * the check still finds what it should, with the source sent and reused).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axeSource);
  const result = await new AxeBuilder({ page, axeSource: ';' })
    // options() replaces what was set before it, withTags() adds to it: in this order.
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

export async function waitForMail(to: string, timeoutMs = 20_000): Promise<CaughtMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(MAILBOX_URL)).json()) as CaughtMail[];
    const found = mails.filter((m) => m.to === to).pop();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function linkIn(mail: CaughtMail, path: string): string {
  const match = new RegExp(`https?://\\S+/${path}/[A-Za-z0-9_-]+`).exec(mail.text);
  if (!match) throw new Error(`no /${path}/ link in: ${mail.text}`);
  return match[0];
}

/** The session cookie's name outside production (the API uses `__Host-mk_session` in production). */
export const SESSION_COOKIE = 'mk_session';

/**
 * The Content-Security-Policy violations the page's current document has reported, also those from
 * before this call (a buffered ReportingObserver hands them over at once), as "directive blocked-url".
 * The journeys expect none.
 */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const observer = new ReportingObserver(() => undefined, { types: ['csp-violation'], buffered: true });
    observer.observe();
    const reports = observer.takeRecords();
    observer.disconnect();
    return reports.map((r) => {
      const body = r.body as unknown as { effectiveDirective?: string; blockedURL?: string } | null;
      return `${body?.effectiveDirective ?? '?'} ${body?.blockedURL ?? ''}`.trim();
    });
  });
}

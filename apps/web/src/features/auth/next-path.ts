/**
 * Where to go after logging in. Only paths inside this app are accepted, so a crafted link
 * (`/login?next=https://evil.example`) cannot send a freshly logged-in user elsewhere.
 */
export function safeNextPath(next: string | null | undefined, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  if ([...next].some((character) => character.charCodeAt(0) < 0x20)) return fallback; // no control characters
  if (next === '/login' || next.startsWith('/login?') || next.startsWith('/login/')) return fallback;
  return next;
}

/** `/login?next=%2Forganizations%3Fq%3Dhed` for a page that needs a logged-in user. */
export function loginPath(returnTo: string): string {
  const next = safeNextPath(returnTo, '');
  return next && next !== '/' ? `/login?next=${encodeURIComponent(next)}` : '/login';
}

/**
 * The web app's Content-Security-Policy: everything from the page's own origin, nothing inline, no
 * eval, no plugins, no framing. The built app has no inline script or style (index.html only links
 * /assets/*, and React sets styles through the CSSOM, which CSP allows); the `data:` image is the
 * empty favicon in index.html. /graphql is the same origin (nginx, or Vite's proxy, forwards it).
 *
 * Served by nginx in production (ops/nginx/web.conf, which must say the same: a spec compares them)
 * and by `vite preview`, which the browser tests drive. Vite's dev server does not send it: its hot
 * reload injects an inline script.
 */
export const WEB_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers of every page and asset of the web app (nginx adds HSTS in production on top). */
export const WEB_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': WEB_CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
};

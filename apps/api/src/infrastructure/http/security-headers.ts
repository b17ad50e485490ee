import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { AppConfig } from '../config/app-config';

/**
 * The API's Content-Security-Policy. The API serves JSON (GraphQL, /health), iCalendar and Atom, never
 * a page: nothing may load, run, frame it or be submitted from it.
 */
const API_CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

/** The header's value, as helmet writes it. */
export const API_CONTENT_SECURITY_POLICY = Object.entries(API_CSP_DIRECTIVES)
  .map(([name, values]) => `${name} ${values.join(' ')}`)
  .join(';');

/** One year, as browsers' preload lists ask; only sent in production (browsers ignore it over http anyway). */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * Security headers on every API response (helmet): the strict CSP above, nosniff, frame denial, no
 * referrer, same-origin resource and opener policies; Strict-Transport-Security in production. The web
 * app's own headers (its CSP and HSTS) come from nginx, see ops/nginx/web.conf and docs/security.md.
 */
export function securityHeaders(config: Pick<AppConfig, 'nodeEnv'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: API_CSP_DIRECTIVES },
    strictTransportSecurity: config.nodeEnv === 'production' ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

import { Inject, Injectable } from '@nestjs/common';
import type { CookieOptions, Request, Response } from 'express';
import { AppConfig } from '../../infrastructure/config/app-config';
import { APP_CONFIG } from '../../infrastructure/config/config.module';

/**
 * The web app's session: the login token in an `HttpOnly; Secure; SameSite=Strict; Path=/` cookie, so
 * no script on the page can read it. API clients may keep sending `Authorization: Bearer` instead.
 *
 * In production the name carries the `__Host-` prefix, with which browsers refuse the cookie unless it
 * is Secure, for `/` and without a Domain (so no sibling host can set or shadow it). Development and
 * tests run over plain http on localhost/127.0.0.1: Chromium accepts Secure and `__Host-` cookies
 * there, but browsers disagree about prefixed cookies on http://localhost, so there the name is plain.
 */
@Injectable()
export class SessionCookie {
  readonly name: string;
  private readonly options: CookieOptions;
  private readonly maxAgeMs: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.name = sessionCookieName(config);
    this.options = { httpOnly: true, secure: true, sameSite: 'strict', path: '/' };
    this.maxAgeMs = config.tokenTtlSeconds * 1000;
  }

  set(res: Response | undefined, token: string): void {
    res?.cookie(this.name, token, { ...this.options, maxAge: this.maxAgeMs });
  }

  clear(res: Response | undefined): void {
    res?.clearCookie(this.name, this.options);
  }

  /** The token in the request's session cookie, if any. */
  read(req: Request): string | null {
    return readCookie(req.headers.cookie, this.name);
  }
}

export function sessionCookieName(config: Pick<AppConfig, 'nodeEnv'>): string {
  return config.nodeEnv === 'production' ? '__Host-mk_session' : 'mk_session';
}

/** One cookie's value from a Cookie header; null when absent, empty or not decodable. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    let value = part.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value) || null;
    } catch {
      return null;
    }
  }
  return null;
}

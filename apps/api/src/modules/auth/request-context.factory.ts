import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { createLoaders } from '../../app.loaders';
import { RequestContext } from '../../infrastructure/graphql/request-context';
import { SessionCookie } from './session-cookie';
import { SessionService } from './session.service';

/**
 * Builds each GraphQL request's context: the viewer from the bearer token (API clients) or else the
 * session cookie (the web app), fresh DataLoaders, a request id.
 */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly sessions: SessionService,
    private readonly cookie: SessionCookie,
    private readonly dataSource: DataSource,
  ) {}

  async create(req: Request): Promise<RequestContext> {
    const header = req.headers.authorization ?? '';
    const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? null;
    const cookieToken = bearer ? null : this.cookie.read(req);
    const token = bearer ?? cookieToken;
    const viewer = token ? await this.sessions.viewerFor(token) : null;
    // A cookie naming an ended session (expired, revoked, deactivated) is dropped from the browser.
    if (cookieToken && !viewer) this.cookie.clear(req.res);
    const incomingId = req.headers['x-request-id'];
    return {
      req,
      requestId: typeof incomingId === 'string' && /^[\w-]{1,64}$/.test(incomingId) ? incomingId : randomUUID(),
      clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
      viewer,
      loaders: createLoaders(this.dataSource),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { createLoaders } from '../../app.loaders';
import { RequestContext } from '../../infrastructure/graphql/request-context';
import { SessionService } from './session.service';

/** Builds each GraphQL request's context: the viewer from the bearer token, fresh DataLoaders, a request id. */
@Injectable()
export class RequestContextFactory {
  constructor(
    private readonly sessions: SessionService,
    private readonly dataSource: DataSource,
  ) {}

  async create(req: Request): Promise<RequestContext> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const viewer = match ? await this.sessions.viewerFor(match[1]) : null;
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

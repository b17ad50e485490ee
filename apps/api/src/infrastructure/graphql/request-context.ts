import type { Request } from 'express';
import type { UserRole } from '@modellkommuner/shared';
import type { Loaders } from '../../app.loaders';

/** Who is calling, resolved once per request from the bearer token. */
export interface Viewer {
  userId: string;
  sessionId: string;
  role: UserRole;
  organizationId: string;
}

export interface RequestContext {
  req: Request;
  requestId: string;
  clientIp: string;
  viewer: Viewer | null;
  loaders: Loaders;
}

import type { Request } from 'express';
import type { RuleViewer, UserRole } from '@modellkommuner/shared';
import type { Loaders } from '../../app.loaders';

/** Who is calling, resolved once per request from the session cookie. */
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

/** The viewer as libs/shared's rules modules see it: the organisation is keyed by its id in the API. */
export function asRuleViewer(viewer: Viewer): RuleViewer;
export function asRuleViewer(viewer: Viewer | null): RuleViewer | null;
export function asRuleViewer(viewer: Viewer | null): RuleViewer | null {
  return viewer ? { role: viewer.role, organization: viewer.organizationId } : null;
}

import { Injectable } from '@nestjs/common';
import { MeetingKind, MemberRole, UserRole } from '@modellkommuner/shared';
import { Viewer } from '../../infrastructure/graphql/request-context';

/** What the policy needs to know of a cohort's members. */
export interface MemberFacts {
  organizationId: string;
  role: MemberRole;
  withdrawnAt: Date | null;
}

/**
 * Who may see and change what in a cohort (DOMAIN.md) — the one place it is decided; resolvers,
 * loaders and services all ask here. Members are the organisations currently in the cohort
 * (a withdrawn organisation no longer sees it).
 */
@Injectable()
export class CohortPolicy {
  private ownMembership(viewer: Viewer, members: MemberFacts[]): MemberFacts | undefined {
    return members.find((m) => m.organizationId === viewer.organizationId && m.withdrawnAt === null);
  }

  /** Process leaders see every cohort; members see the cohorts their organisation is in, working groups included. */
  canView(viewer: Viewer | null, members: MemberFacts[]): boolean {
    if (!viewer) return false;
    return viewer.role === UserRole.PROCESS_LEADER || this.ownMembership(viewer, members) !== undefined;
  }

  isMentor(viewer: Viewer, members: MemberFacts[]): boolean {
    return this.ownMembership(viewer, members)?.role === MemberRole.MENTOR;
  }

  /** Process leaders schedule, move and cancel every meeting; the mentor its cohort's EXCHANGE meetings. */
  mayManageMeeting(viewer: Viewer, members: MemberFacts[], kind: MeetingKind): boolean {
    if (viewer.role === UserRole.PROCESS_LEADER) return true;
    return kind === MeetingKind.EXCHANGE && this.isMentor(viewer, members);
  }

  /** Each organisation keeps its own working group; process leaders may edit any. */
  mayEditWorkingGroup(viewer: Viewer, members: MemberFacts[], organizationId: string): boolean {
    if (viewer.role === UserRole.PROCESS_LEADER) return true;
    return viewer.organizationId === organizationId && this.ownMembership(viewer, members) !== undefined;
  }
}

import { Injectable } from '@nestjs/common';
import {
  CohortMemberFacts,
  isCohortMentor,
  mayEditWorkingGroup,
  mayManageCohorts,
  mayManageMeeting,
  mayViewCohort,
  MeetingKind,
  MemberRole,
} from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';

/** What the policy needs to know of a cohort's members (a CohortMemberEntity has it). */
export interface MemberFacts {
  organizationId: string;
  role: MemberRole;
  withdrawnAt: Date | null;
}

/** A member as libs/shared's rules see it: organisations are keyed by their id in the API. */
export function memberFacts(members: readonly MemberFacts[]): CohortMemberFacts[] {
  return members.map((m) => ({ organization: m.organizationId, role: m.role, withdrawn: m.withdrawnAt !== null }));
}

/**
 * Who may see and change what in a cohort (docs/domain.md, "Cohorts") — the one place the API decides
 * it; resolvers, loaders and services all ask here, and every answer is one of the rules in
 * libs/shared (cohorts.ts) that the web asks too. Members are the organisations currently in the
 * cohort (a withdrawn organisation no longer sees it).
 */
@Injectable()
export class CohortPolicy {
  /** Process leaders see every cohort; members the cohorts their organisation is in, working groups included. */
  mayView(viewer: Viewer | null, members: readonly MemberFacts[]): boolean {
    return mayViewCohort(asRuleViewer(viewer), memberFacts(members));
  }

  /**
   * Sees cohorts its organisation is not in, i.e. every cohort — the list query's filter: a cohort
   * nobody of the viewer's organisation is in is exactly a cohort with no member of the viewer's.
   */
  seesAllCohorts(viewer: Viewer | null): boolean {
    return mayViewCohort(asRuleViewer(viewer), []);
  }

  isMentor(viewer: Viewer | null, members: readonly MemberFacts[]): boolean {
    return isCohortMentor(asRuleViewer(viewer), memberFacts(members));
  }

  /** Creating, editing, moving through the lifecycle, adding and withdrawing members. Decided by the viewer alone. */
  mayManageCohorts(viewer: Viewer | null): boolean {
    return mayManageCohorts(asRuleViewer(viewer));
  }

  /** Process leaders schedule, move and cancel every meeting; the mentor its cohort's EXCHANGE meetings. */
  mayManageMeeting(viewer: Viewer | null, members: readonly MemberFacts[], kind: MeetingKind): boolean {
    return mayManageMeeting(asRuleViewer(viewer), memberFacts(members), kind);
  }

  /** Each organisation keeps its own working group; process leaders may edit any member's. */
  mayEditWorkingGroup(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string): boolean {
    return mayEditWorkingGroup(asRuleViewer(viewer), memberFacts(members), organizationId);
  }
}

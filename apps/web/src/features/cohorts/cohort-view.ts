import {
  isCohortMentor,
  mayEditWorkingGroup,
  mayManageCohorts,
  mayManageMeeting,
  MemberRole,
  ownMembership,
  type CohortMemberFacts,
  type RuleViewer,
} from '@modellkommuner/shared';
import type { CurrentUserFragment, MeetingKind } from '../../gql/graphql';

interface MemberLike {
  role: MemberRole;
  withdrawnAt?: string | null;
  organization: { code: string; name: string };
}

interface MeetingLike {
  startsAt: string;
  cancelledAt?: string | null;
}

/** Mentor first, then the mentees by name, then those who have left. */
export function orderMembers<M extends MemberLike>(members: readonly M[]): M[] {
  const rank = (member: M) => (member.withdrawnAt ? 2 : member.role === MemberRole.MENTOR ? 0 : 1);
  return [...members].sort((a, b) => rank(a) - rank(b) || a.organization.name.localeCompare(b.organization.name, 'sv'));
}

export function activeMentees<M extends MemberLike>(members: readonly M[]): M[] {
  return orderMembers(members).filter((member) => member.role === MemberRole.MENTEE && !member.withdrawnAt);
}

export function mentorOf<M extends MemberLike>(members: readonly M[]): M | undefined {
  return members.find((member) => member.role === MemberRole.MENTOR);
}

/** Meetings in time order (earliest first). */
export function sortMeetings<T extends MeetingLike>(meetings: readonly T[]): T[] {
  return [...meetings].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** The first meeting that has not started and is not cancelled. */
export function nextMeeting<T extends MeetingLike>(meetings: readonly T[], now: Date = new Date()): T | undefined {
  return sortMeetings(meetings).find((meeting) => !meeting.cancelledAt && Date.parse(meeting.startsAt) >= now.getTime());
}

export interface CohortPermissions {
  /** Creating, editing, moving through the lifecycle, adding and withdrawing members (mayManageCohorts). */
  processLeader: boolean;
  /** The viewer's organisation is the cohort's mentor (and has not left). */
  mentor: boolean;
  /** The viewer's organisation's membership, if it is in the cohort (and has not left). */
  ownOrganizationCode: string | null;
  mayManageMeeting: (kind: MeetingKind) => boolean;
  mayEditWorkingGroup: (organizationCode: string) => boolean;
}

/** The signed-in user as the shared rules see it: the web keys organisations by their codes. */
export function ruleViewer(user: Pick<CurrentUserFragment, 'role' | 'organization'>): RuleViewer {
  return { role: user.role, organization: user.organization.code };
}

/** A member as the shared rules see it, keyed by organisation code like `ruleViewer`. */
export function memberFacts(member: MemberLike): CohortMemberFacts {
  return { organization: member.organization.code, role: member.role, withdrawn: Boolean(member.withdrawnAt) };
}

/**
 * What the page offers the viewer: the cohort rules of `@modellkommuner/shared`, which the API's
 * CohortPolicy calls too, so nobody is offered a button that would certainly be refused.
 */
export function cohortPermissions(user: Pick<CurrentUserFragment, 'role' | 'organization'>, members: readonly MemberLike[]): CohortPermissions {
  const viewer = ruleViewer(user);
  const facts = members.map(memberFacts);
  return {
    processLeader: mayManageCohorts(viewer),
    mentor: isCohortMentor(viewer, facts),
    ownOrganizationCode: ownMembership(viewer, facts)?.organization ?? null,
    mayManageMeeting: (kind) => mayManageMeeting(viewer, facts, kind),
    mayEditWorkingGroup: (code) => mayEditWorkingGroup(viewer, facts, code),
  };
}

import type { CurrentUserFragment, MeetingKind, MemberRole } from '../../gql/graphql';

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
  const rank = (member: M) => (member.withdrawnAt ? 2 : member.role === 'MENTOR' ? 0 : 1);
  return [...members].sort((a, b) => rank(a) - rank(b) || a.organization.name.localeCompare(b.organization.name, 'sv'));
}

export function activeMentees<M extends MemberLike>(members: readonly M[]): M[] {
  return orderMembers(members).filter((member) => member.role === 'MENTEE' && !member.withdrawnAt);
}

export function mentorOf<M extends MemberLike>(members: readonly M[]): M | undefined {
  return members.find((member) => member.role === 'MENTOR');
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
  processLeader: boolean;
  /** The viewer's organisation is the cohort's mentor (and has not left). */
  mentor: boolean;
  /** The viewer's organisation's membership, if it is in the cohort (and has not left). */
  ownOrganizationCode: string | null;
  mayManageMeeting: (kind: MeetingKind) => boolean;
  mayEditWorkingGroup: (organizationCode: string) => boolean;
}

/**
 * What the page offers the viewer. The API decides (CohortPolicy); this mirrors it so that nobody is
 * offered a button that would certainly be refused.
 */
export function cohortPermissions(user: Pick<CurrentUserFragment, 'role' | 'organization'>, members: readonly MemberLike[]): CohortPermissions {
  const processLeader = user.role === 'PROCESS_LEADER';
  const own = members.find((member) => member.organization.code === user.organization.code && !member.withdrawnAt);
  const mentor = own?.role === 'MENTOR';
  return {
    processLeader,
    mentor,
    ownOrganizationCode: own ? own.organization.code : null,
    mayManageMeeting: (kind) => processLeader || (mentor && kind === 'EXCHANGE'),
    mayEditWorkingGroup: (code) => {
      const member = members.find((candidate) => candidate.organization.code === code);
      if (!member || member.withdrawnAt) return false;
      return processLeader || own?.organization.code === code;
    },
  };
}

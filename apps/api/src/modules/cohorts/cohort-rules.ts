import { MeetingKind, meetingKindIsUnique } from '@modellkommuner/shared';
import { FieldProblem } from '../../infrastructure/errors/app-error';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { CohortErrors } from './cohort.errors';
import { MeetingInput } from './dto/cohort.inputs';

// The input problems of a cohort's make-up and of a meeting: pure functions over what the services
// have read. Who may act and in which states is libs/shared's (cohorts.ts), asked through CohortPolicy.

/** Problems with the make-up of a cohort that the input alone shows (BAD_USER_INPUT). */
export function compositionProblems(
  programme: ProgrammeEntity,
  mentorCode: string,
  menteeCodes: string[],
  found: Map<string, OrganizationEntity>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const code of menteeCodes) {
    if (seen.has(code)) problems.push({ field: 'menteeCodes', message: CohortErrors.duplicateMentee(found.get(code)?.shortName ?? code) });
    seen.add(code);
  }
  const distinct = [...seen];
  if (distinct.length < programme.minMentees || distinct.length > programme.maxMentees) {
    const span = programme.minMentees === programme.maxMentees ? `${programme.minMentees}` : `${programme.minMentees}–${programme.maxMentees}`;
    problems.push({ field: 'menteeCodes', message: CohortErrors.menteeCount(programme.name, span, programme.organizationKind, distinct.length) });
  }
  if (distinct.includes(mentorCode)) {
    problems.push({ field: 'mentorCode', message: CohortErrors.mentorAlsoMentee(found.get(mentorCode)?.shortName ?? mentorCode) });
  }
  for (const [field, code] of [['mentorCode', mentorCode] as const, ...distinct.map((c) => ['menteeCodes', c] as const)]) {
    const organization = found.get(code);
    if (!organization) {
      problems.push({ field, message: CohortErrors.unknownOrganization(code) });
    } else if (organization.kind !== programme.organizationKind) {
      problems.push({ field, message: CohortErrors.wrongKind(organization.name, organization.kind, programme.name, programme.organizationKind) });
    }
  }
  const mentor = found.get(mentorCode);
  if (mentor && mentor.kind === programme.organizationKind && !mentor.mentorEligible) {
    problems.push({ field: 'mentorCode', message: CohortErrors.mentorNotEligible(mentor.shortName) });
  }
  return problems;
}

/** Problems with a meeting's own fields; `prefix` names the input field ("startupMeeting."). */
export function meetingProblems(input: MeetingInput, prefix = '', expectedKind?: MeetingKind): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (expectedKind && input.kind !== expectedKind) {
    problems.push({ field: `${prefix}kind`, message: CohortErrors.startupMustBeStartup });
  }
  if (Number.isNaN(input.startsAt.getTime())) problems.push({ field: `${prefix}startsAt`, message: CohortErrors.meetingStartMissing });
  if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: `${prefix}endsAt`, message: CohortErrors.meetingEndsBeforeStart });
  }
  return problems;
}

/** A start-up meeting or gathering when the cohort already has one that is not cancelled (exchanges are many). */
export function meetingKindTaken(kind: MeetingKind, plannedKinds: readonly MeetingKind[]): boolean {
  return meetingKindIsUnique(kind) && plannedKinds.includes(kind);
}

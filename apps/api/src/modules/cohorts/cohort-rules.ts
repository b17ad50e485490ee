import { MeetingKind, OrganizationKind } from '@modellkommuner/shared';
import { FieldProblem } from '../../infrastructure/errors/app-error';
import { OrganizationEntity } from '../organizations/entities/organization.entity';
import { ProgrammeEntity } from '../programmes/entities/programme.entity';
import { MeetingInput } from './dto/cohort.inputs';

const KIND_PLURAL: Record<OrganizationKind, string> = {
  [OrganizationKind.MUNICIPALITY]: 'kommuner',
  [OrganizationKind.REGION]: 'regioner',
  [OrganizationKind.SKR]: 'organisationer',
};
const KIND_SINGULAR: Record<OrganizationKind, string> = {
  [OrganizationKind.MUNICIPALITY]: 'en kommun',
  [OrganizationKind.REGION]: 'en region',
  [OrganizationKind.SKR]: 'SKR',
};

export function kindPlural(kind: OrganizationKind): string {
  return KIND_PLURAL[kind];
}

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
    if (seen.has(code)) problems.push({ field: 'menteeCodes', message: `${found.get(code)?.shortName ?? code} finns med två gånger bland de nya.` });
    seen.add(code);
  }
  const distinct = [...seen];
  if (distinct.length < programme.minMentees || distinct.length > programme.maxMentees) {
    const span = programme.minMentees === programme.maxMentees ? `${programme.minMentees}` : `${programme.minMentees}–${programme.maxMentees}`;
    problems.push({
      field: 'menteeCodes',
      message: `En omgång i ${programme.name} ska ha ${span} nya ${kindPlural(programme.organizationKind)}; ${distinct.length} valdes.`,
    });
  }
  if (distinct.includes(mentorCode)) {
    problems.push({ field: 'mentorCode', message: `${found.get(mentorCode)?.shortName ?? mentorCode} kan inte vara både mentor och ny i samma omgång.` });
  }
  for (const [field, code] of [['mentorCode', mentorCode] as const, ...distinct.map((c) => ['menteeCodes', c] as const)]) {
    const organization = found.get(code);
    if (!organization) {
      problems.push({ field, message: `Det finns ingen kommun eller region med koden "${code}".` });
    } else if (organization.kind !== programme.organizationKind) {
      problems.push({
        field,
        message: `${organization.name} är ${KIND_SINGULAR[organization.kind]}, men ${programme.name} är för ${kindPlural(programme.organizationKind)}.`,
      });
    }
  }
  const mentor = found.get(mentorCode);
  if (mentor && mentor.kind === programme.organizationKind && !mentor.mentorEligible) {
    problems.push({
      field: 'mentorCode',
      message: `${mentor.shortName} kan inte vara mentor ännu: den har inte genomfört en omgång med godkänd uppföljning och är inte markerad som erfaren modellkommun.`,
    });
  }
  return problems;
}

/** Problems with a meeting's own fields; `prefix` names the input field ("startupMeeting."). */
export function meetingProblems(input: MeetingInput, prefix = '', expectedKind?: MeetingKind): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (expectedKind && input.kind !== expectedKind) {
    problems.push({ field: `${prefix}kind`, message: 'Uppstartsmötet ska vara av typen uppstartsmöte (STARTUP).' });
  }
  if (Number.isNaN(input.startsAt.getTime())) problems.push({ field: `${prefix}startsAt`, message: 'Ange mötets starttid.' });
  if (input.endsAt && input.endsAt.getTime() <= input.startsAt.getTime()) {
    problems.push({ field: `${prefix}endsAt`, message: 'Mötet måste sluta efter att det har börjat.' });
  }
  return problems;
}

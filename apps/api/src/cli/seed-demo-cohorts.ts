import { EntityManager, In } from 'typeorm';
import {
  addMonths,
  CheckpointKind,
  CohortStatus,
  MeetingKind,
  MemberRole,
  OrganizationKind,
  stockholmTime,
  WorkingGroupRole,
} from '@modellkommuner/shared';
import { CohortErrors } from '../modules/cohorts/cohort.errors';
import { CheckpointEntity } from '../modules/cohorts/entities/checkpoint.entity';
import { CohortMemberEntity } from '../modules/cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../modules/cohorts/entities/cohort.entity';
import { MeetingEntity } from '../modules/cohorts/entities/meeting.entity';
import { WorkingGroupMemberEntity } from '../modules/cohorts/entities/working-group-member.entity';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';
import { ProgrammeEntity } from '../modules/programmes/entities/programme.entity';

interface DemoCohort {
  name: string;
  status: CohortStatus;
  mentor: string;
  mentees: string[];
  withdrawn?: { code: string; reason: string };
  start: string;
  exchanges?: string[];
}

interface DemoProgramme {
  name: string;
  theme: string;
  kind: OrganizationKind;
  eligible: { code: string; reason: string }[];
  cohorts: DemoCohort[];
}

/** Two programmes with cohorts in every state (demo data; names of real kommuner and regioner). */
const PROGRAMMES: DemoProgramme[] = [
  {
    name: 'Jämställdhetsintegrering – modellkommuner',
    theme: 'Jämställd service och resursfördelning i kommunens kärnverksamheter',
    kind: OrganizationKind.MUNICIPALITY,
    eligible: [
      { code: '2083', reason: 'Grundande modellkommun, erfaren av jämställdhetsintegrering' },
      { code: '0127', reason: 'Genomförde omgång 2024 med godkänd uppföljning' },
      { code: '0181', reason: 'Genomförde omgång 2024 med godkänd uppföljning' },
    ],
    cohorts: [
      { name: 'Omgång 2024 – Hedemora', status: CohortStatus.CONCLUDED, mentor: '2083', mentees: ['0127', '0181'], start: '2024-09-02' },
      { name: 'Omgång 2025 – Botkyrka', status: CohortStatus.FOLLOW_UP, mentor: '0127', mentees: ['0136', '0126'], start: '2025-10-01', exchanges: ['2026-02-11', '2026-05-20'] },
      {
        name: 'Omgång 2026 – Hedemora',
        status: CohortStatus.ACTIVE,
        mentor: '2083',
        mentees: ['1280', '1281', '2080'],
        withdrawn: { code: '2080', reason: 'Kommunen prioriterar om efter valet; återkommer i nästa omgång' },
        start: '2026-03-02',
        exchanges: ['2026-06-10', '2026-12-09', '2027-01-20'],
      },
      { name: 'Omgång 2027 – Södertälje', status: CohortStatus.PLANNED, mentor: '0181', mentees: ['2480', '2580'], start: '2027-01-18' },
      { name: 'Omgång 2026 – Gävleborg (avbruten)', status: CohortStatus.CANCELLED, mentor: '2083', mentees: ['2180', '2181'], start: '2026-01-12' },
    ],
  },
  {
    name: 'Modellregioner: folkhälsa och social hållbarhet',
    theme: 'Jämlik hälsa och social hållbarhet i regional utveckling',
    kind: OrganizationKind.REGION,
    eligible: [
      { code: '09', reason: 'Deltog i pilotomgången för modellregioner' },
      { code: '17', reason: 'Deltog i pilotomgången för modellregioner' },
    ],
    cohorts: [{ name: 'Regionomgång 2026 – Gotland', status: CohortStatus.ACTIVE, mentor: '09', mentees: ['21', '25', '13'], start: '2026-04-14', exchanges: ['2026-10-07', '2027-02-03'] }],
  },
];

const WORKING_GROUPS: Record<string, { name: string; title: string; role: WorkingGroupRole; email: string }[]> = {
  '2083': [
    { name: 'Helena Strand', title: 'Kommunstyrelsens ordförande', role: WorkingGroupRole.POLITICIAN, email: 'helena.strand@example.se' },
    { name: 'Peter Lund', title: 'Kommundirektör', role: WorkingGroupRole.MANAGER, email: 'peter.lund@example.se' },
    { name: 'Maria Sjöberg', title: 'Jämställdhetsstrateg', role: WorkingGroupRole.EQUALITY_EXPERT, email: 'maria.sjoberg@example.se' },
  ],
  '1280': [
    { name: 'Omar Rahimi', title: 'Kommunalråd', role: WorkingGroupRole.POLITICIAN, email: 'omar.rahimi@example.se' },
    { name: 'Lena Holm', title: 'Utvecklingsledare', role: WorkingGroupRole.EQUALITY_EXPERT, email: 'lena.holm@example.se' },
  ],
  '0136': [{ name: 'Sara Wik', title: 'Jämställdhetsutvecklare', role: WorkingGroupRole.EQUALITY_EXPERT, email: 'sara.wik@example.se' }],
  '09': [{ name: 'Anders Gardell', title: 'Regiondirektör', role: WorkingGroupRole.MANAGER, email: 'anders.gardell@example.se' }],
};

/** Idempotent: a programme that exists already (by name) is left as it is, cohorts included. */
export async function seedDemoCohorts(manager: EntityManager, processLeaderId: string): Promise<{ programmes: number; cohorts: number }> {
  let programmes = 0;
  let cohorts = 0;
  const orgs = manager.getRepository(OrganizationEntity);
  for (const demo of PROGRAMMES) {
    if (await manager.getRepository(ProgrammeEntity).existsBy({ name: demo.name })) continue;
    const programme = await manager.getRepository(ProgrammeEntity).save({
      name: demo.name, theme: demo.theme, organizationKind: demo.kind, minMentees: 2, maxMentees: 3, followUpMonths: 12,
    });
    programmes += 1;
    await orgs.update({ code: In(demo.eligible.map((e) => e.code)) }, { mentorEligible: true });
    for (const c of demo.cohorts) {
      const byCode = new Map((await orgs.findBy({ code: In([c.mentor, ...c.mentees]) })).map((o) => [o.code, o]));
      const due = addMonths(c.start, 12);
      const cohort = await manager.getRepository(CohortEntity).save({
        programmeId: programme.id, name: c.name, status: c.status, startDate: c.start, followUpDueDate: due, processLeaderId, version: 1,
      });
      cohorts += 1;
      const members = await manager.getRepository(CohortMemberEntity).save(
        [c.mentor, ...c.mentees].map((code, i) => ({
          cohortId: cohort.id,
          organizationId: (byCode.get(code) as OrganizationEntity).id,
          role: i === 0 ? MemberRole.MENTOR : MemberRole.MENTEE,
          withdrawnAt: c.withdrawn?.code === code ? new Date(`${addMonths(c.start, 2)}T12:00:00Z`) : null,
          withdrawalReason: c.withdrawn?.code === code ? c.withdrawn.reason : null,
        })),
      );
      for (const member of members) {
        const code = [...byCode.values()].find((o) => o.id === member.organizationId)?.code ?? '';
        const group = WORKING_GROUPS[code];
        if (group) await manager.getRepository(WorkingGroupMemberEntity).insert(group.map((p, position) => ({ ...p, cohortMemberId: member.id, position })));
      }
      const cancelled = c.status === CohortStatus.CANCELLED;
      const meeting = (kind: MeetingKind, title: string, date: string, from: string, to: string, location: string) => ({
        cohortId: cohort.id, kind, title, startsAt: stockholmTime(date, from), endsAt: stockholmTime(date, to), location, notes: null,
        cancelledAt: cancelled && date > '2026-02-01' ? new Date('2026-02-01T12:00:00Z') : null,
        cancelReason: cancelled && date > '2026-02-01' ? CohortErrors.meetingCancelledWithCohort('mentorkommunen saknar resurser i år') : null,
      });
      await manager.getRepository(MeetingEntity).insert([
        meeting(MeetingKind.STARTUP, 'Uppstartsmöte', c.start, '09:30', '16:00', 'SKR, Hornsgatan 20, Stockholm'),
        ...(c.exchanges ?? []).map((date, i) => meeting(MeetingKind.EXCHANGE, `Erfarenhetsutbyte ${i + 1}`, date, '13:00', '15:00', 'https://meet.example.se/modellkommuner')),
        meeting(MeetingKind.GATHERING, `Återsamling – ${c.name}`, due, '10:00', '15:00', 'SKR, Hornsgatan 20, Stockholm'),
      ]);
      await manager.getRepository(CheckpointEntity).insert({ cohortId: cohort.id, kind: CheckpointKind.ONE_YEAR, dueDate: due });
    }
  }
  return { programmes, cohorts };
}

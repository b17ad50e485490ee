import { EntityManager, In } from 'typeorm';
import { CheckpointKind, GoalAssessmentStatus, MemberRole, ReportStatus, ReviewDecision } from '@modellkommuner/shared';
import { CheckpointEntity } from '../modules/cohorts/entities/checkpoint.entity';
import { CohortMemberEntity } from '../modules/cohorts/entities/cohort-member.entity';
import { CohortEntity } from '../modules/cohorts/entities/cohort.entity';
import { FollowUpReportEntity } from '../modules/follow-up/entities/follow-up-report.entity';
import { GoalAssessmentEntity } from '../modules/follow-up/entities/goal-assessment.entity';
import { MentorEdgeEntity } from '../modules/follow-up/entities/mentor-edge.entity';
import { ReviewEntity } from '../modules/follow-up/entities/review.entity';
import { reportGoals, takeSnapshot } from '../modules/follow-up/report-snapshot';
import { OrganizationEntity } from '../modules/organizations/entities/organization.entity';

interface DemoReport {
  code: string;
  status: ReportStatus;
  summary: string;
  whatWorked: string;
  challenges: string;
  nextSteps: string;
  assessment: GoalAssessmentStatus;
  /** Reviews in order: who (a demo member's code, or 'leader' for the process leader) and what. */
  reviews?: { by: string; decision: ReviewDecision; comment: string }[];
}

/** Follow-up reports of our own words (demo data; no real report's text). */
const REPORTS: Record<string, DemoReport[]> = {
  'Omgång 2024 – Hedemora': [
    {
      code: '2083',
      status: ReportStatus.APPROVED,
      summary: 'Som mentor har vi delat hur vi könsuppdelar statistiken i budgetarbetet och följt de nya kommunernas arbete genom tre erfarenhetsutbyten.',
      whatWorked: 'Korta avstämningar mellan utbytena och att politiker deltog i arbetsgrupperna.',
      challenges: 'Att hinna med mentorskapet vid sidan av den egna verksamheten.',
      nextSteps: 'Vi tar oss an en ny omgång och fortsätter med jämställd resursfördelning.',
      assessment: GoalAssessmentStatus.ACHIEVED,
      reviews: [{ by: 'leader', decision: ReviewDecision.APPROVE, comment: 'Tack för ett engagerat mentorskap.' }],
    },
    {
      code: '0127',
      status: ReportStatus.APPROVED,
      summary: 'Vi har kartlagt hur fritidsverksamhetens resurser fördelas mellan flickor och pojkar och ändrat bidragsreglerna.',
      whatWorked: 'Att börja med en avgränsad verksamhet och redovisa siffrorna för nämnden varje kvartal.',
      challenges: 'Flera register saknade kön och fick kompletteras för hand.',
      nextSteps: 'Samma arbetssätt ska prövas i äldreomsorgens biståndsbedömning.',
      assessment: GoalAssessmentStatus.PARTLY_ACHIEVED,
      reviews: [
        { by: '2083', decision: ReviewDecision.REQUEST_CHANGES, comment: 'Beskriv gärna vilka beslut nämnden fattade utifrån siffrorna.' },
        { by: '2083', decision: ReviewDecision.APPROVE, comment: 'Bra, nu syns kopplingen till besluten.' },
      ],
    },
    {
      code: '0181',
      status: ReportStatus.APPROVED,
      summary: 'Vi har infört könsuppdelad statistik i alla verksamhetsberättelser och utbildat cheferna i jämställdhetsanalys.',
      whatWorked: 'Utbildningen för chefer och ett gemensamt analysstöd.',
      challenges: 'Personalomsättning bland chefer gjorde att utbildningen behövde upprepas.',
      nextSteps: 'Analysstödet ska användas i nästa års budgetprocess.',
      assessment: GoalAssessmentStatus.ACHIEVED,
      reviews: [{ by: '2083', decision: ReviewDecision.APPROVE, comment: 'Ett tydligt exempel för andra kommuner.' }],
    },
  ],
  'Omgång 2025 – Botkyrka': [
    {
      code: '0136',
      status: ReportStatus.SUBMITTED,
      summary: 'Under året har vi följt hur arbetsmarknadsinsatserna fördelas mellan kvinnor och män med försörjningsstöd.',
      whatWorked: 'Handläggarna går igenom fördelningen varje månad och tar upp avvikelser direkt.',
      challenges: 'Insatser som passar kvinnor med små barn saknades och har fått tas fram.',
      nextSteps: 'Utöka samarbetet med vuxenutbildningen.',
      assessment: GoalAssessmentStatus.ONGOING,
    },
    {
      code: '0126',
      status: ReportStatus.DRAFT,
      summary: 'Vi har börjat följa deltagandet i arbetsmarknadsinsatser uppdelat på kön.',
      whatWorked: '',
      challenges: '',
      nextSteps: '',
      assessment: GoalAssessmentStatus.ONGOING,
    },
  ],
};

const day = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * Follow-up for the demo: the concluded 2024 cohort with every one-year report approved (one after a
 * request for changes) and its graduates' lineage; in the 2025 cohort one report waiting for the
 * mentor's review and one draft. Idempotent: a cohort that has reports is left as it is.
 */
export async function seedDemoFollowUp(manager: EntityManager, leaderId: string, memberIds: ReadonlyMap<string, string>): Promise<{ reports: number }> {
  let reports = 0;
  for (const [cohortName, demoReports] of Object.entries(REPORTS)) {
    const cohort = await manager.getRepository(CohortEntity).findOneBy({ name: cohortName });
    if (!cohort) continue;
    const checkpoint = await manager.getRepository(CheckpointEntity).findOneBy({ cohortId: cohort.id, kind: CheckpointKind.ONE_YEAR });
    if (!checkpoint || (await manager.getRepository(FollowUpReportEntity).existsBy({ checkpointId: checkpoint.id }))) continue;
    const organizations = await manager.getRepository(OrganizationEntity).findBy({ code: In(demoReports.map((r) => r.code)) });
    for (const demo of demoReports) {
      const organization = organizations.find((o) => o.code === demo.code);
      if (!organization) continue;
      const handedIn = demo.status !== ReportStatus.DRAFT;
      const submittedAt = day(checkpoint.dueDate, 9);
      const report = await manager.getRepository(FollowUpReportEntity).save({
        checkpointId: checkpoint.id,
        organizationId: organization.id,
        status: demo.status,
        summary: demo.summary,
        whatWorked: demo.whatWorked || null,
        challenges: demo.challenges || null,
        nextSteps: demo.nextSteps || null,
        snapshot: handedIn ? await takeSnapshot(manager, cohort.id, organization.id, submittedAt) : null,
        submittedAt: handedIn ? submittedAt : null,
        submittedById: handedIn ? (memberIds.get(demo.code) ?? null) : null,
        version: 1 + (demo.reviews?.length ?? 0),
      });
      reports += 1;
      const goals = await reportGoals(manager, cohort.id, organization.id);
      if (goals.length) {
        await manager.getRepository(GoalAssessmentEntity).insert(
          goals.map((g) => ({ reportId: report.id, goalId: g.id, status: demo.assessment, comment: null })),
        );
      }
      for (const [i, review] of (demo.reviews ?? []).entries()) {
        const reviewerId = review.by === 'leader' ? leaderId : memberIds.get(review.by);
        if (!reviewerId) continue;
        await manager.getRepository(ReviewEntity).insert({
          reportId: report.id,
          reviewerId,
          decision: review.decision,
          comment: review.comment,
          createdAt: day(checkpoint.dueDate, 10 + i),
        });
      }
    }
    // The concluded cohort's graduates: its mentees with an approved report, as the conclusion records them.
    if (cohortName === 'Omgång 2024 – Hedemora') {
      const members = await manager.getRepository(CohortMemberEntity).findBy({ cohortId: cohort.id });
      const mentor = members.find((m) => m.role === MemberRole.MENTOR);
      const approved = demoReports.filter((r) => r.status === ReportStatus.APPROVED).map((r) => organizations.find((o) => o.code === r.code)?.id);
      const mentees = members.filter((m) => m.role === MemberRole.MENTEE && approved.includes(m.organizationId));
      if (mentor && mentees.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(MentorEdgeEntity)
          .values(mentees.map((m) => ({ cohortId: cohort.id, mentorOrganizationId: mentor.organizationId, menteeOrganizationId: m.organizationId })))
          .orIgnore()
          .execute();
      }
    }
  }
  return { reports };
}

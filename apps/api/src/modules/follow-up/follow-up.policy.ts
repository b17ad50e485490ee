import { Injectable } from '@nestjs/common';
import {
  mayAddCheckpoint,
  mayDraftExampleFromReport,
  mayReviewReport,
  mayViewReport,
  mayWriteReport,
  ReportStatus,
} from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';
import { MemberFacts, memberFacts } from '../cohorts/cohort.policy';

/**
 * Who may read, write, submit and review follow-up reports, add checkpoints and make an example of a
 * report (docs/domain.md, "Follow-up and review") — the one place the API decides it; every answer is a
 * rule of libs/shared (follow-up.ts) that the web asks too. Organisations are keyed by their id here.
 */
@Injectable()
export class FollowUpPolicy {
  /** The organisation itself, the cohort's mentor, process leaders. */
  mayView(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string): boolean {
    return mayViewReport(asRuleViewer(viewer), memberFacts(members), organizationId);
  }

  /** Only the organisation's own members write and submit its report. */
  mayWrite(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string): boolean {
    return mayWriteReport(asRuleViewer(viewer), memberFacts(members), organizationId);
  }

  /** The mentor reviews its mentees' reports; process leaders the mentor's. */
  mayReview(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string): boolean {
    return mayReviewReport(asRuleViewer(viewer), memberFacts(members), organizationId);
  }

  mayAddCheckpoint(viewer: Viewer | null): boolean {
    return mayAddCheckpoint(asRuleViewer(viewer));
  }

  mayDraftExample(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string, status: ReportStatus): boolean {
    return mayDraftExampleFromReport(asRuleViewer(viewer), memberFacts(members), organizationId, status);
  }
}

import { Injectable } from '@nestjs/common';
import { GoalFacts, mayEditGoal, mayEditIndicators, mayImportKoladaValues, mayRecordFor, mayViewGoals } from '@modellkommuner/shared';
import { asRuleViewer, Viewer } from '../../infrastructure/graphql/request-context';
import { MemberFacts, memberFacts } from '../cohorts/cohort.policy';

/** A goal as the rules see it (GoalEntity has it). */
export interface GoalRow {
  scope: GoalFacts['scope'];
  organizationId: string | null;
}

const goalFacts = (goal: GoalRow): GoalFacts => ({ scope: goal.scope, organization: goal.organizationId });

/**
 * Who may see and change goals, indicators, targets and values (docs/domain.md, "Goals and
 * indicators") — the one place the API decides it; every answer is a rule of libs/shared (goals.ts)
 * that the web asks too. Everyone in the cohort reads everything in it; each organisation writes its own.
 */
@Injectable()
export class GoalPolicy {
  mayView(viewer: Viewer | null, members: readonly MemberFacts[]): boolean {
    return mayViewGoals(asRuleViewer(viewer), memberFacts(members));
  }

  /** SHARED goals: process leaders and the mentor; OWN goals: the organisation's members and process leaders. */
  mayEditGoal(viewer: Viewer | null, members: readonly MemberFacts[], goal: GoalRow): boolean {
    return mayEditGoal(asRuleViewer(viewer), memberFacts(members), goalFacts(goal));
  }

  mayEditIndicators(viewer: Viewer | null, members: readonly MemberFacts[], goal: GoalRow): boolean {
    return mayEditIndicators(asRuleViewer(viewer), memberFacts(members), goalFacts(goal));
  }

  /** Targets and values: the organisation's own members, and process leaders for any member. */
  mayRecordFor(viewer: Viewer | null, members: readonly MemberFacts[], organizationId: string): boolean {
    return mayRecordFor(asRuleViewer(viewer), memberFacts(members), organizationId);
  }

  /** "Hämta från Kolada": anyone in the cohort (it only fetches public figures for its members). */
  mayRequestKoladaSync(viewer: Viewer | null, members: readonly MemberFacts[]): boolean {
    return this.mayView(viewer, members);
  }

  /** `importKoladaValues` writes into every cohort: process leaders only. */
  mayImportKolada(viewer: Viewer | null): boolean {
    return mayImportKoladaValues(asRuleViewer(viewer));
  }
}

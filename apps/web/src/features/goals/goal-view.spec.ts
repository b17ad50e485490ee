import { describe, expect, it } from 'vitest';
import { haningeMember } from '../../test/cohort-fixtures';
import { hedemoraMember, processLeader } from '../../test/render';
import { GOALS_MEMBERS, goalsMember, sampleGoals } from './goal-test-data';
import { gapChange, goalPermissions, goalsOf, goalValueCount, hasKoladaLinks, maySetSharedGoals, sharedGoalsPageCode } from './goal-view';

const shared = { scope: 'SHARED' as const, organization: null };
const haningeOwn = { scope: 'OWN' as const, organization: { code: '0136' } };
const huddingeOwn = { scope: 'OWN' as const, organization: { code: '0126' } };

describe('goalPermissions (the shared goal rules, organisation codes as keys)', () => {
  it('a member changes its own goals and records its own values, on its own page', () => {
    const own = goalPermissions(haningeMember, GOALS_MEMBERS, 'ACTIVE', '0136');
    expect(own).toMatchObject({ ownPage: true, processLeader: false, mayRecord: true, creatableScopes: ['OWN'] });
    expect(own.mayEditGoal(haningeOwn)).toBe(true);
    expect(own.mayEditGoal(shared)).toBe(false);
    expect(own.mayEditIndicators(haningeOwn)).toBe(true);
  });

  it('a member reads a peer’s page', () => {
    const peer = goalPermissions(haningeMember, GOALS_MEMBERS, 'ACTIVE', '0126');
    expect(peer).toMatchObject({ ownPage: false, mayRecord: false, creatableScopes: [] });
    expect(peer.mayEditGoal(huddingeOwn)).toBe(false);
    expect(peer.mayEditGoal(shared)).toBe(false);
  });

  it('the mentor sets shared goals on its own page and reads its mentees’', () => {
    const own = goalPermissions(hedemoraMember, GOALS_MEMBERS, 'ACTIVE', '2083');
    expect(own.creatableScopes).toEqual(['SHARED', 'OWN']);
    expect(own.mayEditGoal(shared)).toBe(true);
    const mentee = goalPermissions(hedemoraMember, GOALS_MEMBERS, 'ACTIVE', '0136');
    expect(mentee).toMatchObject({ mayRecord: false, creatableScopes: [] });
    expect(mentee.mayEditGoal(shared)).toBe(false);
    expect(mentee.mayEditGoal(haningeOwn)).toBe(false);
  });

  it('a process leader may do everything for a member, but not record for one that has left', () => {
    const leader = goalPermissions(processLeader, GOALS_MEMBERS, 'ACTIVE', '0136');
    expect(leader).toMatchObject({ processLeader: true, mayRecord: true, creatableScopes: ['SHARED', 'OWN'] });
    expect(leader.mayEditGoal(huddingeOwn)).toBe(true);
    const withdrawn = [...GOALS_MEMBERS, goalsMember('0180', 'Stockholms stad', 'MENTEE', '2026-05-01T10:00:00.000Z')];
    expect(goalPermissions(processLeader, withdrawn, 'ACTIVE', '0180').mayRecord).toBe(false);
  });

  it('follows the cohort’s status: goals close when it ends, values only when it is cancelled', () => {
    const concluded = goalPermissions(haningeMember, GOALS_MEMBERS, 'CONCLUDED', '0136');
    expect(concluded.mayEditGoal(haningeOwn)).toBe(false);
    expect(concluded.creatableScopes).toEqual([]);
    expect(concluded.mayRecord).toBe(true);
    expect(goalPermissions(haningeMember, GOALS_MEMBERS, 'CANCELLED', '0136').mayRecord).toBe(false);
  });

  it('sends whoever may set shared goals to a page where they can', () => {
    expect(maySetSharedGoals(hedemoraMember, GOALS_MEMBERS, 'ACTIVE')).toBe(true);
    expect(maySetSharedGoals(haningeMember, GOALS_MEMBERS, 'ACTIVE')).toBe(false);
    expect(maySetSharedGoals(processLeader, GOALS_MEMBERS, 'CONCLUDED')).toBe(false);
    expect(sharedGoalsPageCode(hedemoraMember, GOALS_MEMBERS)).toBe('2083');
    expect(sharedGoalsPageCode(processLeader, GOALS_MEMBERS)).toBe('2083');
  });
});

describe('goalsOf', () => {
  it('keeps the shared goals and the organisation’s own, shared first (goalConcerns)', () => {
    const goals = sampleGoals();
    expect(goalsOf([goals[1], goals[2], goals[0]], '0136').map((goal) => goal.id)).toEqual(['g-1', 'g-2']);
    expect(goalsOf(goals, '0126').map((goal) => goal.id)).toEqual(['g-1', 'g-3']);
    expect(goalsOf(goals, '2083').map((goal) => goal.id)).toEqual(['g-1']);
  });
});

describe('what a removal takes and Kolada', () => {
  it('counts every organisation’s values of a goal', () => {
    const [withValues, withoutValues] = sampleGoals();
    expect(goalValueCount(withValues)).toBe(7);
    expect(goalValueCount(withoutValues)).toBe(0);
  });

  it('offers Kolada only when an indicator is linked', () => {
    expect(hasKoladaLinks(sampleGoals())).toBe(false);
    expect(hasKoladaLinks([{ indicators: [{ koladaKpiId: null }, { koladaKpiId: 'N15419' }] }])).toBe(true);
  });
});

describe('gapChange (gapNarrowed, and by how much the gap’s size changed)', () => {
  it('narrowed, widened, unchanged', () => {
    expect(gapChange(-3.4, -2)).toEqual({ trend: 'narrowed', amount: 1.4 });
    expect(gapChange(2.5, 3)).toEqual({ trend: 'widened', amount: 0.5 });
    expect(gapChange(-2, 2)).toEqual({ trend: 'unchanged', amount: 0 });
  });

  it('measures the size when the sign turns: −3 to +1 has narrowed by 2', () => {
    expect(gapChange(-3, 1)).toEqual({ trend: 'narrowed', amount: 2 });
  });

  it('says nothing when either end is missing (never 0)', () => {
    expect(gapChange(null, 2)).toBeNull();
    expect(gapChange(2, null)).toBeNull();
    expect(gapChange(undefined, undefined)).toBeNull();
  });
});

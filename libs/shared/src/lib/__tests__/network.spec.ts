import { CohortStatus, MemberRole, ReachStatus, UserRole } from '../enums';
import {
  distanceKm,
  generationCount,
  generations,
  lineageEdges,
  MentorCandidateFacts,
  MENTOR_SUGGESTION_WEIGHTS,
  maySuggestMentors,
  rankMentorCandidates,
  ReachMembership,
  reachStatus,
  scoreMentorCandidate,
  swedishList,
} from '../network';

const m = (organization: string, cohort: string, role: MemberRole, cohortStatus: CohortStatus, withdrawn = false): ReachMembership => ({
  organization,
  cohort,
  role,
  cohortStatus,
  withdrawn,
});
const { MENTOR, MENTEE } = MemberRole;
const { PLANNED, ACTIVE, FOLLOW_UP, CONCLUDED, CANCELLED } = CohortStatus;

describe('reach status', () => {
  it('is NOT_REACHED without memberships, and when every membership was withdrawn or cancelled', () => {
    expect(reachStatus([])).toBe(ReachStatus.NOT_REACHED);
    expect(reachStatus([m('a', 'c1', MENTEE, ACTIVE, true), m('a', 'c2', MENTEE, CANCELLED)])).toBe(ReachStatus.NOT_REACHED);
  });

  it.each([PLANNED, ACTIVE, FOLLOW_UP])('is IN_COHORT for a mentee of a %s cohort', (status) => {
    expect(reachStatus([m('a', 'c1', MENTEE, status)])).toBe(ReachStatus.IN_COHORT);
  });

  it('is COMPLETED once a cohort it was a mentee in concluded, even while in another', () => {
    expect(reachStatus([m('a', 'c1', MENTEE, CONCLUDED), m('a', 'c2', MENTEE, ACTIVE)])).toBe(ReachStatus.COMPLETED);
  });

  it('is MENTOR for a mentor of any cohort not cancelled, whatever else', () => {
    expect(reachStatus([m('a', 'c1', MENTEE, CONCLUDED), m('a', 'c2', MENTOR, PLANNED)])).toBe(ReachStatus.MENTOR);
    expect(reachStatus([m('a', 'c2', MENTOR, CANCELLED)])).toBe(ReachStatus.NOT_REACHED);
  });
});

describe('lineage and generations', () => {
  // A mentors B and C (P1); B mentors D (P1); C, mentee in P1, mentors E in P2; X mentors Y in a cancelled cohort.
  const memberships = [
    m('A', 'c1', MENTOR, CONCLUDED),
    m('B', 'c1', MENTEE, CONCLUDED),
    m('C', 'c1', MENTEE, CONCLUDED),
    m('W', 'c1', MENTEE, CONCLUDED, true),
    m('B', 'c2', MENTOR, ACTIVE),
    m('D', 'c2', MENTEE, ACTIVE),
    m('C', 'c3', MENTOR, PLANNED),
    m('E', 'c3', MENTEE, PLANNED),
    m('X', 'c4', MENTOR, CANCELLED),
    m('Y', 'c4', MENTEE, CANCELLED),
  ];

  it('pairs each mentor with its cohort’s remaining mentees', () => {
    expect(lineageEdges(memberships)).toEqual([
      { mentor: 'A', mentee: 'B', cohort: 'c1' },
      { mentor: 'A', mentee: 'C', cohort: 'c1' },
      { mentor: 'B', mentee: 'D', cohort: 'c2' },
      { mentor: 'C', mentee: 'E', cohort: 'c3' },
    ]);
  });

  it('counts generations from the founding mentors', () => {
    const g = generations(lineageEdges(memberships));
    expect(Object.fromEntries(g)).toEqual({ A: 0, B: 1, C: 1, D: 2, E: 2 });
    expect(generationCount(g)).toBe(3);
    expect(generationCount(new Map())).toBe(0);
  });

  it('takes the shortest path when an organisation was mentored twice', () => {
    const g = generations([
      { mentor: 'A', mentee: 'B', cohort: '1' },
      { mentor: 'B', mentee: 'C', cohort: '2' },
      { mentor: 'C', mentee: 'D', cohort: '3' },
      { mentor: 'A', mentee: 'D', cohort: '4' },
    ]);
    expect(g.get('D')).toBe(1);
  });

  it('starts a cycle without a founding mentor at its first mentor', () => {
    const g = generations([
      { mentor: 'Q', mentee: 'P', cohort: '1' },
      { mentor: 'P', mentee: 'Q', cohort: '2' },
    ]);
    expect(Object.fromEntries(g)).toEqual({ P: 0, Q: 1 });
  });
});

describe('distances', () => {
  it('measures Stockholm–Göteborg as about 400 km and is symmetric', () => {
    const stockholm = [59.3293, 18.0686] as const;
    const goteborg = [57.7089, 11.9746] as const;
    expect(distanceKm(stockholm, goteborg)).toBeGreaterThan(390);
    expect(distanceKm(stockholm, goteborg)).toBeLessThan(400);
    expect(distanceKm(goteborg, stockholm)).toBeCloseTo(distanceKm(stockholm, goteborg), 6);
    expect(distanceKm(stockholm, stockholm)).toBe(0);
  });
});

describe('mentor suggestions', () => {
  const candidate = (over: Partial<MentorCandidateFacts>): MentorCandidateFacts => ({
    organization: 'x',
    name: 'X kommun',
    distancesKm: [60],
    activeMentorCohorts: 0,
    completedCohorts: 0,
    generation: 0,
    areas: [],
    ...over,
  });

  it('weighs to 100', () => {
    expect(Object.values(MENTOR_SUGGESTION_WEIGHTS).reduce((s, w) => s + w, 0)).toBe(100);
  });

  it('explains each part: 60 km, no running cohort, one completed, generation 1, shared areas', () => {
    const result = scoreMentorCandidate(candidate({ completedCohorts: 1, generation: 1, areas: ['Skola', 'Äldreomsorg', 'Demokrati'] }), ['skola', 'Äldreomsorg', 'Integration']);
    // 35 × (1 − 60/600) = 31.5; load 25; 15 × 1/3 + 5/2 = 7.5; focus 20 × 2/3 = 13.33 → 77.3
    expect(result.score).toBe(77.3);
    expect(result.reasons).toEqual([
      '60 km bort',
      'Ingen pågående omgång som mentor',
      'Har avslutat 1 omgång',
      'Generation 1',
      'Har arbetat med skola och äldreomsorg',
    ]);
  });

  it('says the mean for several mentees, the load, and nothing about areas without overlap', () => {
    const result = scoreMentorCandidate(candidate({ distancesKm: [100, 200], activeMentorCohorts: 2, completedCohorts: 4, areas: ['Skola'] }), ['Demokrati']);
    // 35 × 0.75 = 26.25; load 0; 15 + 5 = 20; focus 0
    expect(result.score).toBe(46.3);
    expect(result.reasons).toEqual(['150 km bort i genomsnitt', 'Mentor i 2 pågående omgångar', 'Har avslutat 4 omgångar', 'Generation 0 (grundande mentor)']);
  });

  it('gives no distance points beyond the horizon and 10 for one running cohort', () => {
    const result = scoreMentorCandidate(candidate({ distancesKm: [900], activeMentorCohorts: 1 }), []);
    expect(result.score).toBe(15);
    expect(result.reasons[1]).toBe('Mentor i 1 pågående omgång');
  });

  it('ranks by score, then distance, then name, and keeps the best ten', () => {
    const ranked = rankMentorCandidates(
      [
        candidate({ organization: 'far', name: 'Långt', distancesKm: [500] }),
        candidate({ organization: 'busy', name: 'Upptagen', activeMentorCohorts: 1 }),
        candidate({ organization: 'b', name: 'Bjuv', distancesKm: [60] }),
        candidate({ organization: 'a', name: 'Arboga', distancesKm: [60] }),
        ...Array.from({ length: 12 }, (_, i) => candidate({ organization: `n${i}`, name: `N${i}`, distancesKm: [590] })),
      ],
      [],
    );
    expect(ranked.map((r) => r.organization).slice(0, 4)).toEqual(['a', 'b', 'busy', 'far']);
    expect(ranked).toHaveLength(10);
  });

  it('lists in Swedish', () => {
    expect(swedishList(['skola'])).toBe('skola');
    expect(swedishList(['a', 'b', 'c'])).toBe('a, b och c');
  });

  it('is for process leaders only', () => {
    expect(maySuggestMentors({ role: UserRole.PROCESS_LEADER, organization: 'skr' })).toBe(true);
    expect(maySuggestMentors({ role: UserRole.MEMBER, organization: 'x' })).toBe(false);
    expect(maySuggestMentors(null)).toBe(false);
  });
});

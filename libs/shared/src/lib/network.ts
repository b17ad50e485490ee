import { CohortStatus, MemberRole, ReachStatus } from './enums';
import { isProcessLeader, RuleViewer } from './viewer';

// The network's rules (docs/domain.md, "The network"): how far the method has reached each
// organisation, the mentor lineage by generation, and how mentors are suggested for new mentees.
// Pure functions over plain values: the API's NetworkService computes the public overview and the
// suggestions with them, and the web labels and explains what it shows with the same words.

// ---- who may ------------------------------------------------------------------------------------

/** The overview is public: aggregate, organisation-level figures only, for anyone. */
export function mayViewNetwork(): boolean {
  return true;
}

/** Mentor suggestions belong to composing a cohort: process leaders. */
export function maySuggestMentors(viewer: RuleViewer | null): boolean {
  return isProcessLeader(viewer);
}

// ---- reach -----------------------------------------------------------------------------------------

export const REACH_STATUSES: readonly ReachStatus[] = [ReachStatus.NOT_REACHED, ReachStatus.IN_COHORT, ReachStatus.COMPLETED, ReachStatus.MENTOR];

export const REACH_STATUS_SV: Record<ReachStatus, string> = {
  [ReachStatus.NOT_REACHED]: 'Inte nådd',
  [ReachStatus.IN_COHORT]: 'I en omgång',
  [ReachStatus.COMPLETED]: 'Har genomfört',
  [ReachStatus.MENTOR]: 'Mentor',
};

/** What each status means, in a sentence (the legend and docs). */
export const REACH_STATUS_EXPLAINED_SV: Record<ReachStatus, string> = {
  [ReachStatus.NOT_REACHED]: 'Har ännu inte varit med i någon omgång.',
  [ReachStatus.IN_COHORT]: 'Är ny i en omgång som pågår.',
  [ReachStatus.COMPLETED]: 'Har genomfört en omgång som ny.',
  [ReachStatus.MENTOR]: 'Leder eller har lett en omgång som mentor.',
};

/** One organisation's place in one cohort, as the network sees it. */
export interface ReachMembership {
  organization: string;
  cohort: string;
  role: MemberRole;
  cohortStatus: CohortStatus;
  /** A withdrawn organisation left the cohort: that membership does not count. */
  withdrawn: boolean;
}

/** Memberships that count for the network: not withdrawn, in a cohort that was not cancelled. */
export function countsForNetwork(m: ReachMembership): boolean {
  return !m.withdrawn && m.cohortStatus !== CohortStatus.CANCELLED;
}

/**
 * The furthest an organisation has come: MENTOR (mentors or has mentored a cohort), else COMPLETED
 * (was a mentee in a concluded cohort), else IN_COHORT (a mentee in a cohort not yet concluded), else
 * NOT_REACHED. Withdrawn memberships and cancelled cohorts do not count.
 */
export function reachStatus(memberships: readonly ReachMembership[]): ReachStatus {
  const counted = memberships.filter(countsForNetwork);
  if (counted.some((m) => m.role === MemberRole.MENTOR)) return ReachStatus.MENTOR;
  if (counted.some((m) => m.cohortStatus === CohortStatus.CONCLUDED)) return ReachStatus.COMPLETED;
  return counted.length > 0 ? ReachStatus.IN_COHORT : ReachStatus.NOT_REACHED;
}

export function isReached(status: ReachStatus): boolean {
  return status !== ReachStatus.NOT_REACHED;
}

// ---- lineage and generations ------------------------------------------------------------------------

/** Who mentored whom in which cohort. */
export interface LineageEdge {
  mentor: string;
  mentee: string;
  cohort: string;
}

/** Every mentor → mentee pair of the counted memberships, cohort by cohort (in the order given). */
export function lineageEdges(memberships: readonly ReachMembership[]): LineageEdge[] {
  const byCohort = new Map<string, { mentor?: string; mentees: string[] }>();
  for (const m of memberships) {
    if (!countsForNetwork(m)) continue;
    const entry = byCohort.get(m.cohort) ?? { mentees: [] };
    if (m.role === MemberRole.MENTOR) entry.mentor = m.organization;
    else entry.mentees.push(m.organization);
    byCohort.set(m.cohort, entry);
  }
  const edges: LineageEdge[] = [];
  for (const [cohort, { mentor, mentees }] of byCohort) {
    if (mentor) for (const mentee of mentees) edges.push({ mentor, mentee, cohort });
  }
  return edges;
}

/**
 * Generations: a founding mentor (a mentor nobody mentored) is generation 0, and a mentee of a
 * generation-n mentor is generation n + 1 — the shortest path from a founding mentor when an
 * organisation was mentored more than once. Mentors caught only in a cycle (A mentored B, and B later
 * mentored A, in another programme) are taken as founding mentors. Organisations in no edge have none.
 */
export function generations(edges: readonly LineageEdge[]): Map<string, number> {
  const outgoing = new Map<string, string[]>();
  const mentored = new Set<string>();
  for (const e of edges) {
    outgoing.set(e.mentor, [...(outgoing.get(e.mentor) ?? []), e.mentee]);
    mentored.add(e.mentee);
  }
  const generation = new Map<string, number>();
  const spread = (roots: string[]) => {
    let frontier = roots.filter((r) => !generation.has(r));
    for (const r of frontier) generation.set(r, 0);
    // Breadth first: each organisation takes the generation of the first wave that reaches it.
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const mentor of frontier) {
        const g = generation.get(mentor) ?? 0;
        for (const mentee of outgoing.get(mentor) ?? []) {
          if (generation.has(mentee)) continue;
          generation.set(mentee, g + 1);
          next.push(mentee);
        }
      }
      frontier = next;
    }
  };
  spread([...outgoing.keys()].filter((m) => !mentored.has(m)));
  // Cycles without a founding mentor: their mentors, in a stable order, start a lineage of their own.
  for (const mentor of [...outgoing.keys()].sort()) if (!generation.has(mentor)) spread([mentor]);
  return generation;
}

/** How many generations the network has: the highest generation + 1, or 0 without any. */
export function generationCount(generation: ReadonlyMap<string, number>): number {
  let max = -1;
  for (const g of generation.values()) max = Math.max(max, g);
  return max + 1;
}

export function generationLabel(generation: number): string {
  return generation === 0 ? 'Generation 0 (grundande mentor)' : `Generation ${generation}`;
}

// ---- distances -------------------------------------------------------------------------------------

/** A point as [latitude, longitude] in degrees. */
export type LatLon = readonly [number, number];

/** Great-circle distance in kilometres (haversine, mean earth radius 6,371 km). */
export function distanceKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

// ---- mentor suggestions (docs/domain.md, "Mentor suggestions") ----------------------------------------

/**
 * The points each part of a suggestion can give; together 100. A candidate's score is the sum of its
 * parts, each explained by one reason, so the ranking can be read from the reasons.
 */
export const MENTOR_SUGGESTION_WEIGHTS = {
  /** Full points next door, falling linearly to none at DISTANCE_HORIZON_KM (mean over the mentees). */
  distance: 35,
  /** Full points with no running cohort as mentor, 10 with one, none with two or more. */
  load: 25,
  /** 15 × min(completed cohorts, 3) / 3, plus 5 / (1 + generation). */
  experience: 20,
  /** The share of the mentees' areas the mentor has worked with, × 20. */
  focus: 20,
} as const;

/** Beyond this mean distance the distance part gives nothing (about Malmö–Stockholm is 510 km). */
export const DISTANCE_HORIZON_KM = 600;

/** How many suggestions the wizard shows. */
export const MENTOR_SUGGESTION_LIMIT = 10;

/** What a candidate mentor brings, read by the API from cohorts, goals and examples. */
export interface MentorCandidateFacts {
  organization: string;
  name: string;
  /** Kilometres from the candidate's centre to each mentee's centre. */
  distancesKm: readonly number[];
  /** Cohorts not yet concluded (PLANNED, ACTIVE, FOLLOW_UP) in which it is the mentor. */
  activeMentorCohorts: number;
  /** Concluded cohorts it took part in (as mentor or mentee). */
  completedCohorts: number;
  /** Its generation in the lineage; an eligible organisation nobody mentored is a founding mentor (0). */
  generation: number;
  /** The focus areas of its goals and the activity areas of its learning examples. */
  areas: readonly string[];
}

export interface MentorSuggestionResult {
  organization: string;
  score: number;
  reasons: string[];
  meanDistanceKm: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** "a", "a och b", "a, b och c". */
export function swedishList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;
}

const normaliseArea = (area: string) => area.trim().toLocaleLowerCase('sv');

/** One candidate's score and its reasons, in the order of the weights. */
export function scoreMentorCandidate(candidate: MentorCandidateFacts, menteeAreas: readonly string[]): MentorSuggestionResult {
  const w = MENTOR_SUGGESTION_WEIGHTS;
  const reasons: string[] = [];

  const distances = candidate.distancesKm;
  const mean = distances.length > 0 ? distances.reduce((s, d) => s + d, 0) / distances.length : DISTANCE_HORIZON_KM;
  const distance = w.distance * Math.max(0, 1 - mean / DISTANCE_HORIZON_KM);
  const km = Math.round(mean);
  reasons.push(distances.length > 1 ? `${km} km bort i genomsnitt` : `${km} km bort`);

  const running = candidate.activeMentorCohorts;
  const load = running === 0 ? w.load : running === 1 ? 10 : 0;
  reasons.push(
    running === 0 ? 'Ingen pågående omgång som mentor' : `Mentor i ${running} pågående ${running === 1 ? 'omgång' : 'omgångar'}`,
  );

  const completed = candidate.completedCohorts;
  const experience = 15 * (Math.min(completed, 3) / 3) + 5 / (1 + candidate.generation);
  reasons.push(
    completed === 0 ? 'Har ännu inte avslutat någon omgång' : `Har avslutat ${completed} ${completed === 1 ? 'omgång' : 'omgångar'}`,
  );
  reasons.push(generationLabel(candidate.generation));

  const wanted = [...new Set(menteeAreas.map(normaliseArea))];
  const own = new Set(candidate.areas.map(normaliseArea));
  const shared = wanted.filter((a) => own.has(a)).sort((a, b) => a.localeCompare(b, 'sv'));
  const focus = wanted.length > 0 ? w.focus * (shared.length / wanted.length) : 0;
  if (shared.length > 0) reasons.push(`Har arbetat med ${swedishList(shared.slice(0, 3))}${shared.length > 3 ? ` och ${shared.length - 3} till` : ''}`);

  return { organization: candidate.organization, score: round1(distance + load + experience + focus), reasons, meanDistanceKm: mean };
}

/** Candidates ranked: highest score first, then the nearest, then by name; at most `limit`. */
export function rankMentorCandidates(
  candidates: readonly MentorCandidateFacts[],
  menteeAreas: readonly string[],
  limit = MENTOR_SUGGESTION_LIMIT,
): MentorSuggestionResult[] {
  const names = new Map(candidates.map((c) => [c.organization, c.name]));
  return candidates
    .map((c) => scoreMentorCandidate(c, menteeAreas))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.meanDistanceKm - b.meanDistanceKm ||
        (names.get(a.organization) ?? '').localeCompare(names.get(b.organization) ?? '', 'sv'),
    )
    .slice(0, limit);
}

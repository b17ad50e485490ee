/**
 * The callers (anonymous, a member, the seeded process leader), the data the valid parts of each
 * request point at, and the plausible valid value for every argument position. Each operation (each
 * batch of its cases) gets its own cohort, example, invitation, token, … (created on first use), so
 * operations do not disturb each other; when a mutation succeeds its fixtures are replaced before the
 * next request, so every hostile value meets the same starting state.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getNamedType, GraphQLEnumType, GraphQLNamedType, isEnumType, isInputObjectType, isScalarType } from 'graphql';
import { UserEntity } from '../src/modules/users/entities/user.entity';
import { linkToken } from '../test/mail-catcher';
import { testPasswordHasher } from '../test/password-cost';
import { PROCESS_LEADER, TEST_PASSWORD, TestPlatform } from '../test/platform';
import { FillContext, Filler, Operation } from './schema-walk';

export type ActorName = 'anonymous' | 'member' | 'leader';
export const ACTORS: ActorName[] = ['anonymous', 'member', 'leader'];

export interface Actor {
  name: ActorName;
  id?: string;
  email?: string;
  password?: string;
  token?: string;
}

/** The member's organisation, the mentor, and a second mentee (reference data codes). */
const MEMBER_ORG = '1280';
const MENTOR_ORG = '2083';
const OTHER_MENTEES = ['0136', '0126'];
/**
 * Where the accounts made only to be deactivated or to reset a password live: not the member's
 * organisation, whose every account is mailed when one of its examples is published or returned.
 */
const SPARE_ACCOUNTS_ORG = '0180';
/** An organisation without accounts, behind the published examples (their publication mails nobody). */
const QUIET_ORG = '0184';

/**
 * Operations whose success leaves their cohort fit for the next case: they keep one cohort per fixture
 * key (see World.keptCohort). The others (a transition, a member added or withdrawn, a checkpoint added)
 * get a new cohort after each success, and the replaced one is cancelled.
 */
const KEPT_COHORT_OPS = /^(setWorkingGroup|createGoal|updateCohort|scheduleMeeting|requestKoladaSync|sendCustomReminder)$/;

/** A small Kolada data response (v3 shape) for importKoladaValues. */
const KOLADA_RESPONSE = JSON.stringify({
  values: [{ kpi: 'N15419', municipality: MEMBER_ORG, period: 2024, values: [{ gender: 'T', count: 1, status: '', value: 81.5 }] }],
  count: 1,
  next_url: null,
});

const IMPORT_FIXTURES = join(__dirname, '..', 'src', 'modules', 'learning-examples', 'import', '__fixtures__');

interface Entity {
  id: string;
  version?: number;
}

/** The password each caller logs in with (restored after a fuzzed password change). */
const knownPassword = (actor: ActorName): string => (actor === 'leader' ? PROCESS_LEADER.password : TEST_PASSWORD);

const days = (n: number) => new Date(Date.now() + n * 86_400_000);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const meetingTime = (n: number, hour: number) => `${isoDate(days(n))}T${String(hour).padStart(2, '0')}:00:00Z`;

export class World implements Filler {
  actors: Record<ActorName, Actor>;
  private hasher = testPasswordHasher();
  private relogins = new Map<ActorName, Promise<void>>();
  private vocab: Record<'activityAreas' | 'subjects' | 'focusAreas', string[]> = { activityAreas: [], subjects: [], focusAreas: [] };
  private memberCounty = '12';
  private freeCodes: string[] = [];
  private publishedSlug = '';
  importText = '';
  private seq = 0;
  /** Set-up failures (a fixture the API would not create): reported with the failures. */
  problems = new Set<string>();
  /** Whose request is being built (a few valid values are the caller's own, e.g. currentPassword). */
  filling: ActorName = 'leader';
  /** Whose entities the request being built points at (an operation's cases may be split in batches). */
  fixtureKey = '';
  /** Per fixture key of markNotificationsRead: a notification of each caller (the valid ids are the caller's own). */
  private notifications = new Map<string, Record<'member' | 'leader', string>>();
  /** Per operation: the entities its ids point at, created on first use. */
  private entities = new Map<string, Promise<Map<string, Entity>>>();
  private entityCache = new Map<string, Map<string, Entity>>();

  constructor(readonly platform: TestPlatform) {}

  async setUp(): Promise<void> {
    const leaderToken = await this.platform.loginProcessLeader();
    const me = await this.platform.ok<{ me: { id: string } }>('{ me { id } }', {}, leaderToken);
    const member = await this.platform.createUser(MEMBER_ORG);
    this.actors = {
      anonymous: { name: 'anonymous' },
      leader: { name: 'leader', id: me.me.id, email: PROCESS_LEADER.email, password: PROCESS_LEADER.password, token: leaderToken },
      member: { name: 'member', id: member.id, email: member.email, password: TEST_PASSWORD, token: member.token },
    };
    const vocab = await this.platform.ok<{ vocabularies: World['vocab'] }>('{ vocabularies { activityAreas subjects focusAreas } }');
    this.vocab = vocab.vocabularies;
    const orgs = await this.platform.ok<{ organizations: { code: string; countyCode: string | null }[] }>(
      '{ organizations(kind: MUNICIPALITY) { code countyCode } }',
      {},
      leaderToken,
    );
    this.memberCounty = orgs.organizations.find((o) => o.code === MEMBER_ORG)?.countyCode ?? '12';
    const reserved = new Set([MEMBER_ORG, MENTOR_ORG, SPARE_ACCOUNTS_ORG, QUIET_ORG, ...OTHER_MENTEES]);
    this.freeCodes = orgs.organizations.map((o) => o.code).filter((code) => !reserved.has(code));
    await this.platform.gql(
      'mutation($c: String!) { markMentorEligible(organizationCode: $c, reason: "Fuzz: mentor för testomgångarna") { code } }',
      { c: MENTOR_ORG },
      leaderToken,
    );
    // Published examples to search, page through and find by slug.
    this.importText = readFileSync(join(IMPORT_FIXTURES, 'exempel-fullstandigt.txt'), 'utf8');
    await this.platform.ok(
      'mutation($t: String!) { importLearningExamples(text: $t) { created } }',
      { t: readFileSync(join(IMPORT_FIXTURES, 'listsida-motesplatser.txt'), 'utf8') },
      leaderToken,
    );
    await this.platform.ok('mutation($t: String!) { importLearningExamples(text: $t) { created } }', { t: this.importText }, leaderToken);
    const found = await this.platform.ok<{ searchLearningExamples: { edges: { node: { slug: string } }[] } }>(
      '{ searchLearningExamples(first: 1) { edges { node { slug } } } }',
    );
    this.publishedSlug = found.searchLearningExamples.edges[0].node.slug;
    // Notifications to list, count and mark read (as the worker would have delivered them).
    for (let i = 0; i < 3; i++) await this.createNotifications();
  }

  /**
   * One delivered round of a stored reminder: a notification for the member and one for the process
   * leader, written straight into the tables (delivery itself is the worker's, tested elsewhere).
   */
  private async createNotifications(): Promise<Record<'member' | 'leader', string>> {
    const [reminder]: { id: string }[] = await this.platform.dataSource.query(
      `INSERT INTO reminders (kind, key, due_at, status, sent_at, subject, body) VALUES ('CUSTOM', $1, now(), 'SENT', now(), 'Fuzz', 'Fuzz') RETURNING id`,
      [`fuzz:${randomUUID()}`],
    );
    const ids = {} as Record<'member' | 'leader', string>;
    for (const name of ['member', 'leader'] as const) {
      const [row]: { id: string }[] = await this.platform.dataSource.query(
        `INSERT INTO notifications (user_id, reminder_id, generation, kind, title, body, link, email_wanted)
         VALUES ($1, $2, 1, 'CUSTOM', 'Fuzzmeddelande', 'Text', '/cohorts', true) RETURNING id`,
        [this.actors[name].id, reminder.id],
      );
      ids[name] = row.id;
    }
    return ids;
  }

  // ---- sessions ---------------------------------------------------------------------------------

  headers(actor: ActorName): Record<string, string> {
    const token = this.actors[actor].token;
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  /** True when the caller's login still works (a fuzzed logout, password change or deactivation may end it). */
  async sessionAlive(actor: ActorName): Promise<boolean> {
    const token = this.actors[actor].token;
    if (!token) return true;
    const result = await this.platform.gql<{ me: { id: string } | null }>('{ me { id } }', {}, token);
    return Boolean(result.data?.me);
  }

  /** Restores the account (active, known password) and logs in again; one at a time per caller. */
  relogin(actorName: ActorName): Promise<void> {
    let pending = this.relogins.get(actorName);
    if (!pending) {
      pending = (async () => {
        const actor = this.actors[actorName];
        if (!actor.id || !actor.email || !actor.password) return;
        if (await this.sessionAlive(actorName)) return;
        const known = knownPassword(actorName);
        // Twice: a fuzzed password change may land between restoring the password and logging in.
        for (let attempt = 1; ; attempt += 1) {
          await this.platform.dataSource
            .getRepository(UserEntity)
            .update({ id: actor.id }, { passwordHash: await this.knownHash(actorName), active: true, deactivatedAt: null });
          actor.password = known;
          try {
            actor.token = await this.platform.login(actor.email, known);
            return;
          } catch (error) {
            if (attempt >= 2) throw error;
          }
        }
      })().finally(() => this.relogins.delete(actorName));
      this.relogins.set(actorName, pending);
    }
    return pending;
  }

  private hashes = new Map<ActorName, Promise<string>>();

  private knownHash(actor: ActorName): Promise<string> {
    let hash = this.hashes.get(actor);
    if (!hash) {
      hash = this.hasher.hash(knownPassword(actor));
      this.hashes.set(actor, hash);
    }
    return hash;
  }

  private restoring: Promise<void> = Promise.resolve();

  /**
   * After a disruptive mutation succeeded (password changed, logged out, vocabulary replaced): the
   * accounts get their known passwords back and log in again where needed, the vocabularies their
   * terms. One restore at a time; a failure is reported, the run goes on.
   */
  restore(): Promise<void> {
    this.restoring = this.restoring.then(async () => {
      try {
        for (const name of ['leader', 'member'] as const) {
          await this.platform.dataSource
            .getRepository(UserEntity)
            .update({ id: this.actors[name].id }, { passwordHash: await this.knownHash(name), active: true, deactivatedAt: null });
          this.actors[name].password = knownPassword(name);
          await this.relogin(name);
        }
        const now = await this.call<{ vocabularies: World['vocab'] }>(
          'leader',
          '{ vocabularies { activityAreas subjects focusAreas } }',
          {},
        );
        const kinds = { ACTIVITY_AREA: 'activityAreas', SUBJECT: 'subjects', FOCUS_AREA: 'focusAreas' } as const;
        for (const [kind, key] of Object.entries(kinds)) {
          if (JSON.stringify(now.vocabularies[key]) === JSON.stringify(this.vocab[key])) continue;
          await this.call('leader', 'mutation($k: VocabularyKind!, $t: [String!]!) { setVocabulary(kind: $k, terms: $t) { __typename } }', {
            k: kind,
            t: this.vocab[key],
          });
        }
      } catch (error) {
        this.problems.add(
          `restoring the accounts and vocabularies failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400),
        );
      }
    });
    return this.restoring;
  }

  // ---- per-operation entities ---------------------------------------------------------------------

  /** The entity types an operation's ids point at: `id` is the return type's, `cohortId` a Cohort's, … */
  private entityTypes(op: Operation): string[] {
    const types = new Set<string>();
    const visit = (name: string, type: GraphQLNamedType, seen: Set<string>) => {
      if (isScalarType(type) && type.name === 'ID') types.add(this.entityTypeFor(op, name));
      if (name === 'programmeId' || name === 'entityId') types.add(name === 'programmeId' ? 'Programme' : 'Cohort');
      if (name === 'token' && this.tokenType(op)) types.add(this.tokenType(op) as string);
      if (isInputObjectType(type) && !seen.has(type.name)) {
        for (const field of Object.values(type.getFields())) visit(field.name, getNamedType(field.type), new Set(seen).add(type.name));
      }
    };
    for (const arg of op.field.args) visit(arg.name, getNamedType(arg.type), new Set());
    return [...types];
  }

  /** A secret token argument: a real one from a mailed link, for the operations that take one. */
  private tokenType(op: Operation): string | undefined {
    if (/invitation/i.test(op.name)) return 'InvitationToken';
    if (/password/i.test(op.name)) return 'ResetToken';
    return undefined;
  }

  private entityTypeFor(op: Operation, name: string): string {
    if (name === 'ids' && op.name === 'markNotificationsRead') return 'Notification';
    if (name === 'id') {
      // removeGoal / removeIndicator answer Boolean: their id is the removed thing's.
      const removed = /^remove(Goal|Indicator)$/.exec(op.name);
      return removed ? removed[1] : getNamedType(op.field.type).name;
    }
    const match = /^(.*)Id$/.exec(name);
    if (!match) return 'unknown';
    if (match[1] === 'actor') return 'User';
    return match[1][0].toUpperCase() + match[1].slice(1);
  }

  /** Creates (once) the entities an operation's ids need. */
  prepare(op: Operation, key = op.name): Promise<Map<string, Entity>> {
    let pending = this.entities.get(key);
    if (!pending) {
      pending = (async () => {
        const map = new Map<string, Entity>();
        for (const type of this.entityTypes(op)) {
          try {
            map.set(type, await this.create(type, op, key));
          } catch (error) {
            // The operation is still fuzzed (with an id that names nothing); the run reports the set-up failure.
            this.problems.add(
              `${op.label}: could not create its ${type}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 400),
            );
            map.set(type, { id: randomUUID() });
          }
        }
        this.entityCache.set(key, map);
        return map;
      })();
      this.entities.set(key, pending);
    }
    return pending;
  }

  /** A successful mutation may have changed its entities: the next request gets fresh ones. */
  async renew(op: Operation, key = op.name): Promise<void> {
    if (!this.entityTypes(op).length) return;
    const retired = this.retiring.get(key);
    this.retiring.delete(key);
    this.entities.delete(key);
    this.entityCache.delete(key);
    await this.prepare(op, key);
    if (retired) await this.retire(retired);
  }

  /**
   * Per fixture key: the cohorts its current entities were made with (and the programmes in which its
   * requests create cohorts), cancelled once they are replaced. The list of expected follow-up reports
   * (`followUpReports`, every cohort that is not cancelled × its members) then holds the cohorts in use,
   * not every cohort the run ever made, and stays within the tier's 100 KB answer limit.
   */
  private retiring = new Map<string, { cohorts: string[]; programmes: string[] }>();

  private noteRetiring(key: string, kind: 'cohorts' | 'programmes', id: string): void {
    const entry = this.retiring.get(key) ?? { cohorts: [], programmes: [] };
    entry[kind].push(id);
    this.retiring.set(key, entry);
  }

  /** Cancels the cohorts (the process leader, with a reason): they stay, out of the lists of running cohorts. */
  private async retire({ cohorts, programmes }: { cohorts: string[]; programmes: string[] }): Promise<void> {
    const rows: { id: string; version: number }[] = await this.platform.dataSource.query(
      `SELECT id, version FROM cohorts WHERE (id = ANY($1::uuid[]) OR programme_id = ANY($2::uuid[])) AND status NOT IN ('CONCLUDED', 'CANCELLED')`,
      [cohorts, programmes],
    );
    for (const row of rows) {
      // A cohort that moved on meanwhile (or cannot be cancelled) is left as it is: it only costs answer size.
      await this.platform.gql(
        'mutation($id: ID!, $v: Int!) { transitionCohort(id: $id, to: CANCELLED, version: $v, reason: "Fuzz: ersatt av en ny testomgång") { status } }',
        { id: row.id, v: row.version },
        this.actors.leader.token,
      );
    }
  }

  /**
   * Per fixture key, one cohort for the operations whose success leaves it fit for the next case (a new
   * goal, meeting or sync, a changed name or working group): renewed, they get it again with its current
   * version instead of a new cohort each time (the run made some 500 cohorts, and `cohorts` answers them all).
   */
  private keptCohorts = new Map<string, Promise<string>>();
  private keptMeetings = new Map<string, Promise<string>>();

  private keptCohort(key: string, op: Operation): Promise<string> {
    let cohort = this.keptCohorts.get(key);
    if (!cohort) {
      cohort = (async () => {
        const created = await this.createCohort();
        // requestKoladaSync needs an indicator linked to a Kolada KPI (the worker's fetch then fails fast: no Kolada here).
        if (op.name === 'requestKoladaSync') await this.createGoal(created.id, 'N15419');
        return created.id;
      })();
      cohort.catch(() => this.keptCohorts.delete(key));
      this.keptCohorts.set(key, cohort);
    }
    return cohort;
  }

  private async call<T = Record<string, any>>(actor: ActorName, query: string, variables: Record<string, unknown>): Promise<T> {
    let result = await this.platform.gql<T>(query, variables, this.actors[actor].token);
    if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      await this.relogin(actor);
      result = await this.platform.gql<T>(query, variables, this.actors[actor].token);
    }
    if (result.errors?.length || !result.data) throw new Error(`fixture ${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  private async create(type: string, op: Operation, key: string): Promise<Entity> {
    switch (type) {
      case 'Checkpoint': {
        // The ONE_YEAR checkpoint of an ACTIVE cohort where the member's organisation is a mentee. For
        // saveFollowUpReport its version is that of the member's report there (0 until it exists), so a
        // save after a successful one updates the same draft instead of needing a new cohort.
        const cohort = await this.followUpCohort(key);
        const report = await this.reportOf(cohort, MEMBER_ORG);
        return { id: cohort.checkpointId, version: report?.version ?? 0 };
      }
      case 'FollowUpReport': {
        // followUpReport reads, submitFollowUpReport hands in the member's report: a complete draft
        // (after a submission the mentor asks for changes, which makes it submittable again).
        const report = await this.followUpReport(key, MEMBER_ORG, 'SUBMITTABLE');
        return { id: report.id, version: report.version };
      }
      case 'Report': {
        // reviewFollowUpReport: the process leader reviews the mentor's report, so the mentor
        // organisation's submitted report. createExampleDraftFromReport: the member's approved report.
        const report =
          op.name === 'reviewFollowUpReport' ? await this.followUpReport(key, MENTOR_ORG, 'SUBMITTED') : await this.followUpReport(key, MEMBER_ORG, 'APPROVED');
        return { id: report.id };
      }
      case 'Programme': {
        const programme = await this.createProgramme();
        // createCohort makes its cohorts in it: they are cancelled with it when it is replaced.
        this.noteRetiring(key, 'programmes', programme.id);
        return programme;
      }
      case 'Cohort': {
        if (KEPT_COHORT_OPS.test(op.name)) {
          const id = await this.keptCohort(key, op);
          const { cohort } = await this.call<{ cohort: { version: number; members: { organization: { code: string }; workingGroupVersion: number }[] } }>(
            'leader',
            'query($id: ID!) { cohort(id: $id) { version members { organization { code } workingGroupVersion } } }',
            { id },
          );
          // setWorkingGroup names the version of the organisation's working group, not the cohort's.
          if (op.name === 'setWorkingGroup') {
            const own = cohort.members.find((m) => m.organization.code === MEMBER_ORG);
            return { id, version: own?.workingGroupVersion ?? 1 };
          }
          return { id, version: cohort.version };
        }
        const cohort = await this.createCohort();
        this.noteRetiring(key, 'cohorts', cohort.id);
        return { id: cohort.id, version: cohort.version };
      }
      case 'Meeting': {
        // An exchange: the kind every caller with rights may plan and change. Kept for updateMeeting (a
        // changed meeting is still one to change), new after a cancellation.
        const make = async () => {
          const cohort = await this.createCohort();
          if (op.name !== 'updateMeeting') this.noteRetiring(key, 'cohorts', cohort.id);
          const data = await this.call('leader', 'mutation($c: ID!, $i: MeetingInput!) { scheduleMeeting(cohortId: $c, input: $i) { id version } }', {
            c: cohort.id,
            i: { kind: 'EXCHANGE', title: 'Erfarenhetsutbyte', startsAt: meetingTime(60, 9), endsAt: meetingTime(60, 15), location: 'Malmö' },
          });
          return data.scheduleMeeting.id as string;
        };
        let meeting = op.name === 'updateMeeting' ? this.keptMeetings.get(key) : undefined;
        if (!meeting) {
          meeting = make();
          if (op.name === 'updateMeeting') {
            meeting.catch(() => this.keptMeetings.delete(key));
            this.keptMeetings.set(key, meeting);
          }
        }
        const id = await meeting;
        const [row]: { version: number }[] = await this.platform.dataSource.query('SELECT version FROM meetings WHERE id = $1', [id]);
        return { id, version: row?.version ?? 1 };
      }
      case 'InvitationToken': {
        const email = `fuzz-inbjuden-${randomUUID().slice(0, 8)}@example.se`;
        await this.call('leader', 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', {
          i: { email, organizationCode: MEMBER_ORG, role: 'MEMBER' },
        });
        return { id: linkToken(await this.platform.mail.waitFor((m) => m.to === email && m.text.includes('/invitation/')), 'invitation') };
      }
      case 'ResetToken': {
        const user = await this.platform.createUser(SPARE_ACCOUNTS_ORG);
        await this.call('anonymous', 'mutation($e: String!) { requestPasswordReset(email: $e) }', { e: user.email });
        return { id: linkToken(await this.platform.mail.waitFor((m) => m.to === user.email && m.text.includes('/reset-password/')), 'reset-password') };
      }
      case 'Goal': {
        // saveFollowUpReport: the member's OWN goal in the report's cohort (a goal the report covers).
        if (op.name === 'saveFollowUpReport') return { id: (await this.followUpCohort(key)).goalId };
        // The member's OWN goal: the member may change and remove it.
        const goal = await this.createGoal();
        return { id: goal.id, version: goal.version };
      }
      case 'Indicator': {
        const goal = await this.createGoal();
        const data = await this.call('member', 'mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id version } }', {
          i: { goalId: goal.id, name: 'Andel som får stöd', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true, baselinePeriod: '2023' },
        });
        return { id: data.addIndicator.id, version: data.addIndicator.version };
      }
      case 'LearningExample':
        return this.createExample(op.name === 'archiveLearningExample' || op.name === 'returnLearningExample' ? 'PUBLISHED' : 'DRAFT');
      case 'Invitation': {
        const data = await this.call('leader', 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', {
          i: { email: `fuzz-inbjuden-${randomUUID().slice(0, 8)}@example.se`, organizationCode: MEMBER_ORG, role: 'MEMBER' },
        });
        return { id: data.inviteUser.id };
      }
      case 'User': {
        const user = await this.platform.createUser(SPARE_ACCOUNTS_ORG);
        return { id: user.id };
      }
      case 'Notification': {
        // markNotificationsRead: an unread notification of each caller (renewed after each success).
        const ids = await this.createNotifications();
        this.notifications.set(key, ids);
        return { id: ids.member };
      }
      default:
        return { id: randomUUID() };
    }
  }

  private async createProgramme(): Promise<Entity> {
    const data = await this.call('leader', 'mutation($i: CreateProgrammeInput!) { createProgramme(input: $i) { id } }', {
      i: {
        name: `Fuzzprogram ${randomUUID().slice(0, 8)}`,
        theme: 'Jämställdhetsintegrering',
        organizationKind: 'MUNICIPALITY',
        minMentees: 2,
        maxMentees: 5,
      },
    });
    return { id: data.createProgramme.id };
  }

  private async createCohort(): Promise<{
    id: string;
    version: number;
    meetings: { id: string }[];
    members: { organization: { code: string }; workingGroupVersion: number }[];
  }> {
    const programme = await this.createProgramme();
    const data = await this.call(
      'leader',
      'mutation($i: CreateCohortInput!) { createCohort(input: $i) { id version meetings { id kind } members { organization { code } workingGroupVersion } } }',
      {
        i: {
          programmeId: programme.id,
          name: `Fuzzomgång ${randomUUID().slice(0, 8)}`,
          mentorCode: MENTOR_ORG,
          menteeCodes: [MEMBER_ORG, ...OTHER_MENTEES],
          startDate: isoDate(days(30)),
          startupMeeting: {
            kind: 'STARTUP',
            title: 'Uppstartsmöte',
            startsAt: meetingTime(30, 9),
            endsAt: meetingTime(30, 15),
            location: 'SKR',
          },
        },
      },
    );
    return data.createCohort;
  }

  /**
   * One cohort holds every goal made here: a cohort per goal made the lists of cohorts (`cohorts`,
   * `programmes { cohorts }`, with their goals) outgrow the 100 KB answer limit of the fuzz tier.
   */
  private goalsCohort?: Promise<string>;

  /** The member's OWN goal in the goals cohort (or the given one), with an indicator linked to `koladaKpiId` when named. */
  private async createGoal(cohortId?: string, koladaKpiId?: string): Promise<Entity> {
    this.goalsCohort ??= this.createCohort().then((c) => c.id);
    const cohort = cohortId ?? (await this.goalsCohort);
    const data = await this.call('member', 'mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }', {
      i: { cohortId: cohort, scope: 'OWN', organizationCode: MEMBER_ORG, title: 'Jämställd fördelning av stöd', focusArea: this.vocab.focusAreas[0] },
    });
    if (koladaKpiId) {
      await this.call('member', 'mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }', {
        i: { goalId: data.createGoal.id, name: 'Nöjda brukare', unit: '%', direction: 'HIGHER_IS_BETTER', byGender: true, koladaKpiId },
      });
    }
    return data.createGoal;
  }

  // ---- follow-up reports ------------------------------------------------------------------------

  /** An account of the mentor organisation: writes and submits the mentor's reports, reviews the member's. */
  private mentorAccount?: Promise<{ email: string; token: string }>;

  private async asMentor<T = Record<string, any>>(query: string, variables: Record<string, unknown>): Promise<T> {
    this.mentorAccount ??= this.platform.createUser(MENTOR_ORG);
    const account = await this.mentorAccount;
    let result = await this.platform.gql<T>(query, variables, account.token);
    if (result.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      account.token = await this.platform.login(account.email, TEST_PASSWORD);
      result = await this.platform.gql<T>(query, variables, account.token);
    }
    if (result.errors?.length || !result.data) throw new Error(`fixture (mentor) ${query.slice(0, 60)}: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /**
   * Per fixture key (an operation's batch of cases), one ACTIVE cohort for its follow-up reports, with
   * its ONE_YEAR checkpoint and the member's OWN goal. Reused when the fixtures are renewed: reports move
   * back to the state wanted through the API, so that the cohort lists stay small (the 100 KB limit).
   */
  private followUpCohorts = new Map<string, Promise<{ id: string; checkpointId: string; goalId: string }>>();

  private followUpCohort(key: string, fresh = false): Promise<{ id: string; checkpointId: string; goalId: string }> {
    let cohort = fresh ? undefined : this.followUpCohorts.get(key);
    if (!cohort) {
      cohort = (async () => {
        const created = await this.createCohort();
        await this.call('leader', 'mutation($id: ID!, $v: Int!) { transitionCohort(id: $id, to: ACTIVE, version: $v) { status } }', {
          id: created.id,
          v: created.version,
        });
        const checkpoints = await this.call<{ cohort: { checkpoints: { id: string; kind: string }[] } }>(
          'leader',
          'query($id: ID!) { cohort(id: $id) { checkpoints { id kind } } }',
          { id: created.id },
        );
        const goal = await this.createGoal(created.id);
        return { id: created.id, checkpointId: checkpoints.cohort.checkpoints.find((c) => c.kind === 'ONE_YEAR')?.id ?? '', goalId: goal.id };
      })();
      // A failed set-up is reported by `prepare`; the next renewal tries again.
      cohort.catch(() => this.followUpCohorts.delete(key));
      this.followUpCohorts.set(key, cohort);
    }
    return cohort;
  }

  private async reportOf(cohort: { checkpointId: string }, code: string): Promise<{ id: string; status: string; version: number } | undefined> {
    const rows: { id: string; status: string; version: number }[] = await this.platform.dataSource.query(
      `SELECT r.id, r.status, r.version FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id WHERE r.checkpoint_id = $1 AND o.code = $2`,
      [cohort.checkpointId, code],
    );
    return rows[0];
  }

  /**
   * The member's or the mentor organisation's report in the key's cohort, brought to the state wanted:
   * SUBMITTABLE (a complete DRAFT, or CHANGES_REQUESTED), SUBMITTED or APPROVED. Written and submitted by
   * the organisation itself, reviewed by its reviewer (the mentor for the member, the process leader
   * for the mentor). An approved report cannot go back: a report that must not be approved gets a new cohort.
   */
  private async followUpReport(key: string, code: string, wanted: 'SUBMITTABLE' | 'SUBMITTED' | 'APPROVED'): Promise<{ id: string; version: number }> {
    let cohort = await this.followUpCohort(key);
    let report = await this.reportOf(cohort, code);
    if (report?.status === 'APPROVED' && wanted !== 'APPROVED') {
      const replaced = cohort.id;
      cohort = await this.followUpCohort(key, true);
      report = undefined;
      await this.retire({ cohorts: [replaced], programmes: [] });
    }
    const write = <T = Record<string, any>>(query: string, variables: Record<string, unknown>) =>
      code === MEMBER_ORG ? this.call<T>('member', query, variables) : this.asMentor<T>(query, variables);
    const review = (decision: 'APPROVE' | 'REQUEST_CHANGES') => {
      const query = 'mutation($i: ReviewInput!) { reviewFollowUpReport(input: $i) { id } }';
      const variables = { i: { reportId: report?.id, decision, comment: 'Fuzz: komplettera gärna.' } };
      return code === MEMBER_ORG ? this.asMentor(query, variables) : this.call('leader', query, variables);
    };
    const submit = () => write('mutation($id: ID!, $v: Int!) { submitFollowUpReport(id: $id, version: $v) { id } }', { id: report?.id, v: report?.version });
    if (!report) {
      // Complete: a summary, and the member's OWN goal assessed (the cohort has no SHARED goals).
      await write('mutation($i: SaveFollowUpReportInput!) { saveFollowUpReport(input: $i) { id } }', {
        i: {
          checkpointId: cohort.checkpointId,
          organizationCode: code,
          version: 0,
          summary: 'Kommunen kartlade hur stödet fördelades mellan flickor och pojkar.',
          whatWorked: 'Ledningens stöd.',
          goalAssessments: code === MEMBER_ORG ? [{ goalId: cohort.goalId, status: 'PARTLY_ACHIEVED' }] : [],
        },
      });
      report = await this.reportOf(cohort, code);
    }
    if (wanted === 'SUBMITTABLE' && report?.status === 'SUBMITTED') await review('REQUEST_CHANGES');
    if (wanted !== 'SUBMITTABLE' && (report?.status === 'DRAFT' || report?.status === 'CHANGES_REQUESTED')) {
      await submit();
      report = await this.reportOf(cohort, code);
    }
    if (wanted === 'APPROVED' && report?.status === 'SUBMITTED') await review('APPROVE');
    report = await this.reportOf(cohort, code);
    if (!report) throw new Error(`fuzz: no follow-up report of ${code}`);
    return report;
  }

  private async createExample(status: 'DRAFT' | 'PUBLISHED'): Promise<Entity> {
    // A draft is the member's own (so the member may edit and submit it); a published one belongs to an
    // organisation without accounts, so that the many made here do not flood the worker with author mail.
    const caller = status === 'DRAFT' ? 'member' : 'leader';
    const data = await this.call(caller, 'mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { id version } }', {
      i: {
        title: `Fuzzexempel ${randomUUID().slice(0, 8)}`,
        summary: 'Kommunen kartlade hur stödet fördelades mellan flickor och pojkar.',
        organizationCodes: [status === 'DRAFT' ? MEMBER_ORG : QUIET_ORG],
        subjects: this.vocab.subjects.slice(0, 1),
        activityAreas: this.vocab.activityAreas.slice(0, 1),
      },
    });
    const example = data.createLearningExample;
    if (status === 'PUBLISHED') {
      const published = await this.call('leader', 'mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { version } }', {
        id: example.id,
        v: example.version,
      });
      return { id: example.id, version: published.publishLearningExample.version };
    }
    return example;
  }

  // ---- valid values -------------------------------------------------------------------------------

  private entity(_op: Operation, type: string): Entity | undefined {
    return this.entityCache.get(this.fixtureKey)?.get(type);
  }

  private nextFreeCode(): string {
    const code = this.freeCodes.shift();
    if (!code) throw new Error('fuzz: ran out of unused municipality codes');
    this.freeCodes.push(code);
    return code;
  }

  list(ctx: FillContext): unknown[] | undefined {
    switch (ctx.name) {
      case 'menteeCodes':
        return [MEMBER_ORG, ...OTHER_MENTEES];
      case 'terms':
        return [...this.vocab.activityAreas];
      case 'activityAreas':
        return this.vocab.activityAreas.slice(0, 1);
      case 'subjects':
        return this.vocab.subjects.slice(0, 1);
      default:
        return undefined;
    }
  }

  leaf(ctx: FillContext): unknown {
    const { op, name } = ctx;
    const type = getNamedType(ctx.type);
    this.seq += 1;
    if (isEnumType(type)) return this.enumValue(type, ctx);
    switch (type.name) {
      case 'ID': {
        if (name === 'programmeId') return this.entity(op, 'Programme')?.id ?? randomUUID();
        if (name === 'actorId') return this.actors.leader.id;
        if (name === 'ids' && op.name === 'markNotificationsRead') {
          const own = this.notifications.get(this.fixtureKey);
          return (this.filling === 'leader' ? own?.leader : own?.member) ?? randomUUID();
        }
        return this.entity(op, this.entityTypeFor(op, name))?.id ?? randomUUID();
      }
      case 'Int':
        return this.intValue(op, name);
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return name === 'endsAt' ? meetingTime(40, 15) : meetingTime(40, 9);
      case 'Date':
        return name === 'followUpDueDate' ? isoDate(days(400)) : isoDate(days(30));
      default:
        return this.stringValue(op, name, ctx.path);
    }
  }

  private enumValue(type: GraphQLEnumType, ctx: FillContext): string {
    const values = type.getValues().map((v) => v.name);
    const prefer: Record<string, string> = {
      MeetingKind: ctx.path.includes('startupMeeting') ? 'STARTUP' : 'EXCHANGE',
      UserRole: 'MEMBER',
      OrganizationKind: 'MUNICIPALITY',
      CohortStatus: ctx.name === 'to' ? 'ACTIVE' : 'PLANNED',
      ExampleStatus: 'PUBLISHED',
      ExampleSort: 'RELEVANCE',
      VocabularyKind: 'ACTIVITY_AREA',
      GoalScope: 'SHARED',
      Gender: 'TOTAL',
      // The leader's review of the mentor's report: changes requested, which the mentor resubmits for the next case.
      ReviewDecision: 'REQUEST_CHANGES',
    };
    const wanted = prefer[type.name];
    return wanted && values.includes(wanted) ? wanted : values[0];
  }

  private intValue(op: Operation, name: string): number {
    switch (name) {
      case 'first':
        return 10;
      case 'version':
        return [...(this.entityCache.get(this.fixtureKey)?.values() ?? [])].find((e) => e.version !== undefined)?.version ?? 1;
      case 'followUpMonths':
        return 12;
      case 'maxMentees':
        return 3;
      case 'minMentees':
        return 2;
      case 'periodEnd':
        return 2023;
      default:
        return 2021; // periodStart, activeInYear, startYears
    }
  }

  private stringValue(op: Operation, name: string, path: string): string {
    const n = this.seq;
    switch (name) {
      case 'email':
        return `fuzz-${n}-${randomBytes(3).toString('hex')}@example.se`;
      case 'password':
      case 'newPassword':
        return `Fuzz-losenord-${n}-lang`;
      case 'currentPassword':
        // The caller's own; an anonymous caller is refused before it matters.
        return this.actors[this.filling].password ?? this.actors.member.password ?? '';
      case 'token': {
        const type = this.tokenType(op);
        return (type && this.entity(op, type)?.id) || randomBytes(32).toString('base64url');
      }
      case 'slug':
        return this.publishedSlug;
      case 'organizationCode':
      case 'code':
        return op.name === 'markMentorEligible' || op.name === 'addMentee' ? this.nextFreeCode() : MEMBER_ORG;
      case 'mentorCode':
        return MENTOR_ORG;
      case 'organizationCodes':
        // A custom reminder goes to a mentee of the cohort without accounts: the many sent here mail nobody.
        return op.name === 'sendCustomReminder' ? OTHER_MENTEES[0] : MEMBER_ORG;
      case 'countyCodes':
      case 'countyCode':
        return this.memberCounty;
      case 'entity':
        return 'Cohort';
      case 'entityId':
        return this.entity(op, 'Cohort')?.id ?? randomUUID();
      case 'period':
      case 'baselinePeriod':
        return '2024';
      case 'koladaKpiId':
        return 'N15419';
      case 'unit':
        return '%';
      case 'focusArea':
        return this.vocab.focusAreas[0] ?? '';
      case 'json':
        return KOLADA_RESPONSE;
      case 'id':
        // koladaKpi(id: String!): a KPI id (the ID-typed ids are filled above).
        return 'N15419';
      case 'url':
        return 'https://example.se/fuzz';
      case 'phone':
        return '08-123 45 67';
      case 'query':
      case 'search':
        return 'flickor';
      case 'text':
        return this.importText;
      case 'after':
      case 'before':
      case 'cursor':
        return '';
      default:
        return path.includes('[]') ? `Fuzzpost ${n}` : `Fuzz ${name} ${n}`;
    }
  }
}

import { randomUUID } from 'node:crypto';
import {
  ExampleFacts,
  ExampleStatus,
  ExampleStep,
  exampleStepOpen,
  exampleStepTarget,
  mayEditExample,
  mayReadExample,
  mayTakeExampleStep,
  RuleViewer,
  UserRole,
} from '@modellkommuner/shared';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

/**
 * The agreement table: the API does exactly what libs/shared's rules (examples.ts) say — the rules
 * the web's buttons use too. For every viewer × status × action the expectation is computed from
 * mayReadExample, mayEditExample, mayTakeExampleStep and exampleStepOpen, never written by hand; the
 * API is then called and must succeed exactly then, and refuse otherwise with the code the order of
 * checks gives: UNAUTHENTICATED (an anonymous mutation) → NOT_FOUND (what one may not read; the
 * slug query answers null) → FORBIDDEN → CONFLICT (the state). A refusal changes nothing.
 *
 * The rules are key-agnostic: here organisations are keyed by code on both sides.
 */
const EXAMPLE_ORG = '2083';

const VIEWERS = {
  anonymous: null,
  'process leader': { role: UserRole.PROCESS_LEADER, organization: 'SKR' },
  'member of the example’s organisation': { role: UserRole.MEMBER, organization: EXAMPLE_ORG },
  'member of another organisation': { role: UserRole.MEMBER, organization: '1280' },
} satisfies Record<string, RuleViewer | null>;
type ViewerName = keyof typeof VIEWERS;

const STATUSES = [ExampleStatus.DRAFT, ExampleStatus.IN_REVIEW, ExampleStatus.PUBLISHED, ExampleStatus.ARCHIVED];
const STEPS = [ExampleStep.SUBMIT, ExampleStep.PUBLISH, ExampleStep.RETURN, ExampleStep.ARCHIVE];
type Action = 'read' | 'update' | ExampleStep;
const ACTIONS: Action[] = ['read', 'update', ...STEPS];

type Outcome = { ok: true; status: ExampleStatus } | { ok: false; code: 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' };

/** What the shared rules say of the action. */
function expectedOutcome(viewer: RuleViewer | null, status: ExampleStatus, action: Action): Outcome {
  const example: ExampleFacts = { status, organizations: [EXAMPLE_ORG] };
  if (action === 'read') return mayReadExample(viewer, example) ? { ok: true, status } : { ok: false, code: 'NOT_FOUND' };
  if (!viewer) return { ok: false, code: 'UNAUTHENTICATED' };
  if (!mayReadExample(viewer, example)) return { ok: false, code: 'NOT_FOUND' };
  if (action === 'update') return mayEditExample(viewer, example) ? { ok: true, status } : { ok: false, code: 'FORBIDDEN' };
  if (!mayTakeExampleStep(viewer, example, action)) return { ok: false, code: 'FORBIDDEN' };
  if (!exampleStepOpen(status, action)) return { ok: false, code: 'CONFLICT' };
  return { ok: true, status: exampleStepTarget(action) };
}

const FIELDS = 'id slug status version';
const BY_SLUG = `query($s: String!) { learningExample(slug: $s) { ${FIELDS} } }`;
const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { ${FIELDS} } }`;
const MUTATIONS: Record<Exclude<Action, 'read'>, string> = {
  update: `mutation($id: ID!, $v: Int!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: $v, input: $i) { ${FIELDS} } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  return: `mutation($id: ID!, $v: Int!) { returnLearningExample(id: $id, version: $v, comment: "Komplettera resultaten") { ${FIELDS} } }`,
  archive: `mutation($id: ID!, $v: Int!) { archiveLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
};

/** How the leader brings a new example into each state. */
const PATH: Record<ExampleStatus, ExampleStep[]> = {
  DRAFT: [],
  IN_REVIEW: [ExampleStep.SUBMIT],
  PUBLISHED: [ExampleStep.PUBLISH],
  ARCHIVED: [ExampleStep.PUBLISH, ExampleStep.ARCHIVE],
};

interface Example {
  id: string;
  slug: string;
  status: ExampleStatus;
  version: number;
}

function input(title: string) {
  return {
    title,
    summary: 'Kommunen följde upp hur bidragen till föreningar fördelades mellan flickor och pojkar.',
    organizationCodes: [EXAMPLE_ORG],
    subjects: ['Jämställdhet'],
    activityAreas: ['Kultur och fritid'],
  };
}

describe('learning examples: the API agrees with the shared rules', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<ViewerName, string | undefined>;
  /** One example per status for the reads and the refusals (a refusal changes nothing, which each case checks). */
  const shared = new Map<ExampleStatus, Example>();

  async function exampleIn(status: ExampleStatus): Promise<Example> {
    let example: Example = (await platform.ok(CREATE, { i: input(`Föreningsbidrag ${randomUUID().slice(0, 8)}`) }, tokens['process leader'])).createLearningExample;
    for (const step of PATH[status]) {
      example = Object.values(await platform.ok(MUTATIONS[step], { id: example.id, v: example.version }, tokens['process leader']))[0] as Example;
    }
    return example;
  }

  async function stored(id: string): Promise<{ status: string; version: number }> {
    const [row] = await platform.dataSource.query('SELECT status, version FROM learning_examples WHERE id = $1', [id]);
    return row;
  }

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tokens.anonymous = undefined;
    tokens['process leader'] = await platform.loginProcessLeader();
    tokens['member of the example’s organisation'] = (await platform.createUser(EXAMPLE_ORG)).token;
    tokens['member of another organisation'] = (await platform.createUser('1280')).token;
    for (const status of STATUSES) shared.set(status, await exampleIn(status));
  });
  afterAll(() => platform.close());

  const cases = (Object.keys(VIEWERS) as ViewerName[]).flatMap((viewer) =>
    STATUSES.flatMap((status) => ACTIONS.map((action) => [viewer, status, action, expectedOutcome(VIEWERS[viewer], status, action)] as const)),
  );

  it('covers every viewer, status and action', () => {
    expect(cases).toHaveLength(4 * 4 * 6);
  });

  it.each(cases)('%s, example in %s, %s → %j', async (viewer, status, action, expected) => {
    const token = tokens[viewer];
    if (action === 'read') {
      const example = shared.get(status) as Example;
      const result = await platform.gql(BY_SLUG, { s: example.slug }, token);
      expect(result.errors).toBeUndefined();
      // What one may not read does not exist as far as the answer says: null, as for an unknown slug.
      expect(result.data?.learningExample).toEqual(expected.ok ? { id: example.id, slug: example.slug, status, version: example.version } : null);
      return;
    }
    // A step or an edit that succeeds changes the example: it gets one of its own.
    const example = expected.ok ? await exampleIn(status) : (shared.get(status) as Example);
    const before = await stored(example.id);
    const variables = { id: example.id, v: example.version, ...(action === 'update' ? { i: input(`Ändrad rubrik ${randomUUID().slice(0, 8)}`) } : {}) };
    const result: GqlResult = await platform.gql(MUTATIONS[action], variables, token);
    const after = await stored(example.id);
    if (expected.ok) {
      expect(result.errors).toBeUndefined();
      expect((Object.values(result.data ?? {})[0] as Example).status).toBe(expected.status);
      expect(after).toEqual({ status: expected.status, version: example.version + 1 });
    } else {
      expect(codeOf(result)).toBe(expected.code);
      expect(after).toEqual(before);
      expect(after).toEqual({ status, version: example.version });
    }
  });
});

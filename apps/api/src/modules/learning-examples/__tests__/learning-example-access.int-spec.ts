import { randomUUID } from 'node:crypto';
import { codeOf, GqlResult, TestPlatform } from '../../../../test/platform';

/**
 * The editorial workflow's authorisation table (docs/domain.md "Learning examples",
 * docs/api-conventions.md "Errors and visibility"), one row per operation and status, one column per
 * caller. Every mutation sends the version last read; agreement.int-spec.ts checks the same against
 * libs/shared's rules. The example under test is
 * co-authored by Hedemora (2083) and Region Skåne (12):
 * - leader:    the seeded process leader;
 * - author:    a member of Hedemora;
 * - coAuthor:  a member of Region Skåne, the co-authoring organisation;
 * - outsider:  a member of Malmö (1280), not among the example's organisations;
 * - anonymous: no token.
 * A status name in a cell means "succeeds, and the example is then in that status"; an error code
 * means the call is refused with that code and changes nothing.
 */
const ROLES = ['leader', 'author', 'coAuthor', 'outsider', 'anonymous'] as const;
type Role = (typeof ROLES)[number];
type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';
type Code = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';
type Outcome = Status | Code;
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome];

const UNAUTH = 'UNAUTHENTICATED';
const FORBID = 'FORBIDDEN';
const HIDDEN = 'NOT_FOUND';
const CONFLICT = 'CONFLICT';

type Operation = 'update' | 'update with a stale version' | 'submit' | 'publish' | 'return' | 'archive';

// prettier-ignore
const TRANSITIONS: Record<Operation, Record<Status, Row>> = {
  //                         leader        author       coAuthor     outsider     anonymous
  update: {
    DRAFT:                 ['DRAFT',      'DRAFT',     'DRAFT',     HIDDEN,      UNAUTH],
    IN_REVIEW:             ['IN_REVIEW',  FORBID,      FORBID,      HIDDEN,      UNAUTH],
    PUBLISHED:             ['PUBLISHED',  FORBID,      FORBID,      FORBID,      UNAUTH],
    ARCHIVED:              ['ARCHIVED',   FORBID,      FORBID,      HIDDEN,      UNAUTH],
  },
  'update with a stale version': {
    DRAFT:                 [CONFLICT,     CONFLICT,    CONFLICT,    HIDDEN,      UNAUTH],
    IN_REVIEW:             [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
    PUBLISHED:             [CONFLICT,     FORBID,      FORBID,      FORBID,      UNAUTH],
    ARCHIVED:              [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
  },
  submit: {
    DRAFT:                 ['IN_REVIEW',  'IN_REVIEW', 'IN_REVIEW', HIDDEN,      UNAUTH],
    IN_REVIEW:             [CONFLICT,     CONFLICT,    CONFLICT,    HIDDEN,      UNAUTH],
    PUBLISHED:             [CONFLICT,     CONFLICT,    CONFLICT,    FORBID,      UNAUTH],
    ARCHIVED:              [CONFLICT,     CONFLICT,    CONFLICT,    HIDDEN,      UNAUTH],
  },
  publish: {
    DRAFT:                 ['PUBLISHED',  FORBID,      FORBID,      HIDDEN,      UNAUTH],
    IN_REVIEW:             ['PUBLISHED',  FORBID,      FORBID,      HIDDEN,      UNAUTH],
    PUBLISHED:             [CONFLICT,     FORBID,      FORBID,      FORBID,      UNAUTH],
    ARCHIVED:              [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
  },
  return: {
    DRAFT:                 [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
    IN_REVIEW:             ['DRAFT',      FORBID,      FORBID,      HIDDEN,      UNAUTH],
    PUBLISHED:             ['DRAFT',      FORBID,      FORBID,      FORBID,      UNAUTH],
    ARCHIVED:              [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
  },
  archive: {
    DRAFT:                 [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
    IN_REVIEW:             [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
    PUBLISHED:             ['ARCHIVED',   FORBID,      FORBID,      FORBID,      UNAUTH],
    ARCHIVED:              [CONFLICT,     FORBID,      FORBID,      HIDDEN,      UNAUTH],
  },
};

// prettier-ignore
const CREATE_AND_IMPORT: Record<'create (organisations 2083 + 12)' | 'importLearningExamples', Row> = {
  //                                    leader       author    coAuthor  outsider  anonymous
  'create (organisations 2083 + 12)': ['DRAFT',     'DRAFT',  'DRAFT',  FORBID,   UNAUTH],
  importLearningExamples:             ['PUBLISHED', FORBID,   FORBID,   FORBID,   UNAUTH],
};

/** learningExample(slug): who gets the example (true) and who gets null (false). */
// prettier-ignore
const READ_BY_SLUG: Record<Status, [boolean, boolean, boolean, boolean, boolean]> = {
  //           leader  author  coAuthor  outsider  anonymous
  DRAFT:      [true,   true,   true,     false,    false],
  IN_REVIEW:  [true,   true,   true,     false,    false],
  PUBLISHED:  [true,   true,   true,     true,     true],
  ARCHIVED:   [true,   true,   true,     false,    false],
};

/**
 * searchLearningExamples(filter: { statuses }): which of this suite's examples each caller finds.
 * "own" is the outsider organisation's (Malmö's) own draft; the others are the co-authored ones.
 */
type Found = (Status | 'own DRAFT')[] | 'FORBIDDEN';
// prettier-ignore
const SEARCH_BY_STATUS: [string, Status[] | null, Found, Found, Found, Found, Found][] = [
  // statuses filter                  leader                     author         coAuthor       outsider       anonymous
  ['(none: published only)', null,    ['PUBLISHED'],             ['PUBLISHED'], ['PUBLISHED'], ['PUBLISHED'], ['PUBLISHED']],
  ['PUBLISHED', ['PUBLISHED'],        ['PUBLISHED'],             ['PUBLISHED'], ['PUBLISHED'], ['PUBLISHED'], ['PUBLISHED']],
  ['DRAFT',     ['DRAFT'],            ['DRAFT', 'own DRAFT'],    ['DRAFT'],     ['DRAFT'],     ['own DRAFT'], FORBID],
  ['IN_REVIEW', ['IN_REVIEW'],        ['IN_REVIEW'],             ['IN_REVIEW'], ['IN_REVIEW'], [],            FORBID],
  ['ARCHIVED',  ['ARCHIVED'],         ['ARCHIVED'],              ['ARCHIVED'],  ['ARCHIVED'],  [],            FORBID],
  ['all four',  ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'],
                                      ['ARCHIVED', 'DRAFT', 'IN_REVIEW', 'PUBLISHED', 'own DRAFT'],
                                                                 ['ARCHIVED', 'DRAFT', 'IN_REVIEW', 'PUBLISHED'],
                                                                                ['ARCHIVED', 'DRAFT', 'IN_REVIEW', 'PUBLISHED'],
                                                                                               ['PUBLISHED', 'own DRAFT'],
                                                                                                              FORBID],
];

const FIELDS = 'id slug status version';
const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { ${FIELDS} } }`;
const MUTATIONS: Record<Exclude<Operation, 'update with a stale version'>, string> = {
  update: `mutation($id: ID!, $v: Int!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: $v, input: $i) { ${FIELDS} } }`,
  submit: `mutation($id: ID!, $v: Int!) { submitLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  return: `mutation($id: ID!, $v: Int!) { returnLearningExample(id: $id, version: $v, comment: "Komplettera resultaten") { ${FIELDS} } }`,
  archive: `mutation($id: ID!, $v: Int!) { archiveLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
};
const IMPORT = `mutation($t: String!) { importLearningExamples(text: $t) { created updated skipped errors } }`;
const BY_SLUG = `query($s: String!) { learningExample(slug: $s) { id status } }`;
const SEARCH = `query($q: String, $f: ExampleFilter) { searchLearningExamples(query: $q, filter: $f, first: 50) { totalCount edges { node { id status } } } }`;

function input(title: string, organizationCodes: string[] = ['2083', '12']) {
  return {
    title,
    summary: 'Kommunen och regionen följde upp hur stödet till föreningar fördelades mellan flickor och pojkar.',
    organizationCodes,
    subjects: ['Jämställdhet'],
    activityAreas: ['Kultur och fritid'],
    periodStart: 2022,
  };
}

describe('learning examples: the authorisation table', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<Role, string | undefined>;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    tokens.leader = await platform.loginProcessLeader();
    tokens.author = (await platform.createUser('2083')).token;
    tokens.coAuthor = (await platform.createUser('12')).token;
    tokens.outsider = (await platform.createUser('1280')).token;
    tokens.anonymous = undefined;
  });
  afterAll(() => platform.close());

  /** A fresh example co-authored by 2083 and 12, brought into `status` by the process leader. */
  async function exampleIn(
    status: Status,
    title = `Föreningsbidrag ${randomUUID().slice(0, 8)}`,
  ): Promise<{ id: string; slug: string; version: number }> {
    const created = (await platform.ok(CREATE, { i: input(title) }, tokens.leader)).createLearningExample;
    const steps: Record<Status, (keyof typeof MUTATIONS)[]> = {
      DRAFT: [],
      IN_REVIEW: ['submit'],
      PUBLISHED: ['publish'],
      ARCHIVED: ['publish', 'archive'],
    };
    let version = created.version as number;
    for (const step of steps[status]) {
      const moved = Object.values(await platform.ok(MUTATIONS[step], { id: created.id, v: version }, tokens.leader))[0] as { version: number };
      version = moved.version;
    }
    return { id: created.id, slug: created.slug, version };
  }

  async function stored(id: string): Promise<{ status: string; version: number }> {
    const [row] = await platform.dataSource.query('SELECT status, version FROM learning_examples WHERE id = $1', [id]);
    return row;
  }

  function outcomeOf(result: GqlResult): string {
    if (result.errors?.length) return codeOf(result) ?? `no code: ${result.errors[0].message}`;
    return (Object.values(result.data ?? {})[0] as { status: Status }).status;
  }

  const transitionCases = Object.entries(TRANSITIONS).flatMap(([operation, byStatus]) =>
    Object.entries(byStatus).flatMap(([status, row]) =>
      ROLES.map((role, i) => [operation as Operation, status as Status, role, row[i]] as const),
    ),
  );

  it.each(transitionCases)('%s, example in %s, by %s → %s', async (operation, status, role, expected) => {
    const example = await exampleIn(status);
    const result =
      operation === 'update' || operation === 'update with a stale version'
        ? await platform.gql(
            MUTATIONS.update,
            {
              id: example.id,
              v: operation === 'update' ? example.version : example.version - 1,
              i: input(`Ändrad rubrik ${randomUUID().slice(0, 8)}`),
            },
            tokens[role],
          )
        : await platform.gql(MUTATIONS[operation], { id: example.id, v: example.version }, tokens[role]);
    expect(outcomeOf(result)).toBe(expected);
    const after = await stored(example.id);
    if (expected === UNAUTH || expected === FORBID || expected === HIDDEN || expected === CONFLICT) {
      // A refused mutation changes nothing.
      expect(after).toEqual({ status, version: example.version });
    } else {
      expect(after).toEqual({ status: expected, version: example.version + 1 });
    }
  });

  const createCases = Object.entries(CREATE_AND_IMPORT).flatMap(([operation, row]) =>
    ROLES.map((role, i) => [operation, role, row[i]] as const),
  );

  it.each(createCases)('%s by %s → %s', async (operation, role, expected) => {
    const before = await platform.dataSource.query('SELECT count(*)::int AS n FROM learning_examples');
    const title = `Ny mötesplats ${randomUUID().slice(0, 8)}`;
    let result: GqlResult;
    if (operation === 'importLearningExamples') {
      result = await platform.gql(
        IMPORT,
        { t: `Publicerad 4 maj 2022\n\n${title}, Hedemora kommun\n\nKommunen öppnade en mötesplats för unga.\n` },
        tokens[role],
      );
      if (!result.errors) {
        expect((result.data as { importLearningExamples: { created: number } }).importLearningExamples.created).toBe(1);
        const [row] = await platform.dataSource.query('SELECT status FROM learning_examples WHERE title = $1', [title]);
        result = { ...result, data: { importLearningExamples: { status: row.status } } };
      }
    } else {
      result = await platform.gql(CREATE, { i: input(title) }, tokens[role]);
    }
    expect(outcomeOf(result)).toBe(expected);
    const after = await platform.dataSource.query('SELECT count(*)::int AS n FROM learning_examples');
    expect(after[0].n - before[0].n).toBe(result.errors ? 0 : 1);
  });

  describe('learningExample(slug)', () => {
    const examples = {} as Record<Status, { id: string; slug: string }>;
    beforeAll(async () => {
      for (const status of Object.keys(READ_BY_SLUG) as Status[]) examples[status] = await exampleIn(status);
    });

    const cases = Object.entries(READ_BY_SLUG).flatMap(([status, row]) =>
      ROLES.map((role, i) => [status as Status, role, row[i]] as const),
    );
    it.each(cases)('example in %s, read by %s: visible = %s', async (status, role, visible) => {
      const result = await platform.gql(BY_SLUG, { s: examples[status].slug }, tokens[role]);
      expect(result.errors).toBeUndefined();
      expect(result.data?.learningExample).toEqual(visible ? { id: examples[status].id, status } : null);
    });
  });

  describe('searchLearningExamples(filter: { statuses })', () => {
    const word = `tallkottsbidrag${randomUUID()
      .slice(0, 6)
      .replace(/[^a-z]/g, 'x')}`;
    const names = new Map<string, Status | 'own DRAFT'>();
    beforeAll(async () => {
      for (const status of ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as Status[]) {
        names.set((await exampleIn(status, `Bidrag ${word} ${status.toLowerCase()}`)).id, status);
      }
      const own = await platform.ok(CREATE, { i: input(`Malmös bidrag ${word}`, ['1280']) }, tokens.outsider);
      names.set(own.createLearningExample.id, 'own DRAFT');
    });

    const cases = SEARCH_BY_STATUS.flatMap(([label, statuses, ...row]) => ROLES.map((role, i) => [label, role, row[i], statuses] as const));
    it.each(cases)('statuses %s, searched by %s → %j', async (_label, role, expected, statuses) => {
      const result = await platform.gql(SEARCH, { q: word, f: statuses ? { statuses } : null }, tokens[role]);
      if (expected === FORBID) {
        expect(codeOf(result)).toBe(FORBID);
        return;
      }
      expect(result.errors).toBeUndefined();
      const found = (result.data?.searchLearningExamples.edges as { node: { id: string } }[]).map(
        (e) => names.get(e.node.id) ?? `foreign ${e.node.id}`,
      );
      expect(found.sort()).toEqual(expected);
      expect(result.data?.searchLearningExamples.totalCount).toBe(expected.length);
    });
  });
});

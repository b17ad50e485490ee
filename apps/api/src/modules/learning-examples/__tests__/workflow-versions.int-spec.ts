import { randomUUID } from 'node:crypto';
import { codeOf, TestPlatform } from '../../../../test/platform';

/**
 * Every workflow step takes the version last read (docs/api-conventions.md, "Versions"): a stale one
 * is CONFLICT with the versioned-change helper's one wording and changes nothing (status, publication
 * date, editor's comment, version, audit log); the version read succeeds. The checks come in one
 * order: visible (NOT_FOUND) → allowed (FORBIDDEN) → version (CONFLICT) → state (CONFLICT).
 */
const STALE = 'Exemplet har ändrats sedan du läste det. Ladda om och försök igen.';
const FIELDS = 'id status version publishedAt editorComment';
const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: LearningExampleInput!) { updateLearningExample(id: $id, version: $v, input: $i) { ${FIELDS} } }`;
const STEPS = {
  submit: `mutation($id: ID!, $v: Int!) { submitLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  publish: `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
  return: `mutation($id: ID!, $v: Int!) { returnLearningExample(id: $id, version: $v, comment: "Uppdatera siffrorna") { ${FIELDS} } }`,
  archive: `mutation($id: ID!, $v: Int!) { archiveLearningExample(id: $id, version: $v) { ${FIELDS} } }`,
} as const;
type Step = keyof typeof STEPS;
type Status = 'DRAFT' | 'IN_REVIEW' | 'PUBLISHED' | 'ARCHIVED';

function input(title: string) {
  return {
    title,
    summary: 'Kommunen följde upp hur bidragen till föreningar fördelades mellan flickor och pojkar.',
    organizationCodes: ['2083'],
    subjects: ['Jämställdhet'],
    activityAreas: ['Kultur och fritid'],
  };
}

describe('learning examples: the workflow steps take the version last read', () => {
  let platform: TestPlatform;
  let leader: string;
  let author: string;
  let outsider: string;

  beforeAll(async () => {
    platform = await TestPlatform.start();
    leader = await platform.loginProcessLeader();
    author = (await platform.createUser('2083')).token;
    outsider = (await platform.createUser('1280')).token;
  });
  afterAll(() => platform.close());

  /** A fresh example of Hedemora's in `status`, its version as read now. */
  async function exampleIn(status: Status): Promise<{ id: string; version: number }> {
    let example = (await platform.ok(CREATE, { i: input(`Föreningsbidrag ${randomUUID().slice(0, 8)}`) }, leader)).createLearningExample;
    const path: Record<Status, Step[]> = { DRAFT: [], IN_REVIEW: ['submit'], PUBLISHED: ['publish'], ARCHIVED: ['publish', 'archive'] };
    for (const step of path[status]) example = Object.values(await platform.ok(STEPS[step], { id: example.id, v: example.version }, leader))[0];
    return example;
  }

  /** What a refused step must leave as it was: the row and its audit entries. */
  async function snapshot(id: string) {
    const [row] = await platform.dataSource.query(
      'SELECT status, published_at, editor_comment, version, updated_at FROM learning_examples WHERE id = $1',
      [id],
    );
    const [{ count }] = await platform.dataSource.query('SELECT count(*)::int AS count FROM audit_log WHERE entity_id = $1', [id]);
    return { row, audit: count };
  }

  const cases: [Step, Status, Status][] = [
    ['submit', 'DRAFT', 'IN_REVIEW'],
    ['publish', 'IN_REVIEW', 'PUBLISHED'],
    ['return', 'PUBLISHED', 'DRAFT'],
    ['archive', 'PUBLISHED', 'ARCHIVED'],
  ];

  it.each(cases)('%s from %s: a stale version is CONFLICT and changes nothing; the version read leads to %s', async (step, from, to) => {
    const read = await exampleIn(from);
    // Someone else saves the example after it was read: the reader's version is now stale.
    const changed = (await platform.ok(UPDATE, { id: read.id, v: read.version, i: input(`Ändrad ${randomUUID().slice(0, 8)}`) }, leader)).updateLearningExample;
    expect(changed.version).toBe(read.version + 1);
    const before = await snapshot(read.id);

    const stale = await platform.gql(STEPS[step], { id: read.id, v: read.version }, leader);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe(STALE);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(changed.version);
    expect(await snapshot(read.id)).toEqual(before);
    // A version from the future is as wrong as one from the past.
    expect((await platform.gql(STEPS[step], { id: read.id, v: changed.version + 1 }, leader)).errors?.[0].message).toBe(STALE);
    expect(await snapshot(read.id)).toEqual(before);

    const moved = Object.values(await platform.ok(STEPS[step], { id: read.id, v: changed.version }, leader))[0] as { status: string; version: number };
    expect(moved).toMatchObject({ status: to, version: changed.version + 1 });
    expect((await snapshot(read.id)).audit).toBe(before.audit + 1);
  });

  it('an author submitting a stale version gets CONFLICT too, and then submits with the version read', async () => {
    const read = await exampleIn('DRAFT');
    const changed = (await platform.ok(UPDATE, { id: read.id, v: read.version, i: input(`Medförfattarens ändring ${randomUUID().slice(0, 8)}`) }, author)).updateLearningExample;
    expect(codeOf(await platform.gql(STEPS.submit, { id: read.id, v: read.version }, author))).toBe('CONFLICT');
    expect((await platform.ok(STEPS.submit, { id: read.id, v: changed.version }, author)).submitLearningExample.status).toBe('IN_REVIEW');
  });

  it('checks in order: visible, then allowed, then the version, then the state', async () => {
    const draft = await exampleIn('DRAFT');
    const stale = draft.version + 5;
    // Not visible: NOT_FOUND whatever version was sent.
    expect(codeOf(await platform.gql(STEPS.submit, { id: draft.id, v: stale }, outsider))).toBe('NOT_FOUND');
    // Visible but not allowed: FORBIDDEN (with the step's message) before the version is looked at.
    const forbidden = await platform.gql(STEPS.publish, { id: draft.id, v: stale }, author);
    expect(codeOf(forbidden)).toBe('FORBIDDEN');
    expect(forbidden.errors?.[0].message).toBe('Bara processledare kan publicera.');
    // Allowed, stale and in the wrong state: the version's CONFLICT comes first …
    const staleAndClosed = await platform.gql(STEPS.archive, { id: draft.id, v: stale }, leader);
    expect(codeOf(staleAndClosed)).toBe('CONFLICT');
    expect(staleAndClosed.errors?.[0].message).toBe(STALE);
    // … and with the version read, the state's.
    const closed = await platform.gql(STEPS.archive, { id: draft.id, v: draft.version }, leader);
    expect(codeOf(closed)).toBe('CONFLICT');
    expect(closed.errors?.[0].message).toBe('Bara publicerade exempel kan arkiveras.');
    expect((await snapshot(draft.id)).row).toMatchObject({ status: 'DRAFT', version: draft.version });
  });

  it('update compares the version with the same helper: one wording, the current version in the extensions', async () => {
    const read = await exampleIn('DRAFT');
    await platform.ok(UPDATE, { id: read.id, v: read.version, i: input(`Först ${randomUUID().slice(0, 8)}`) }, leader);
    const stale = await platform.gql(UPDATE, { id: read.id, v: read.version, i: input('Krock') }, author);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toBe(STALE);
    expect(stale.errors?.[0].extensions?.currentVersion).toBe(read.version + 1);
  });
});

import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { UserRole } from '@modellkommuner/shared';
import { CaughtMail } from '../../../../test/mail-catcher';
import { TestPlatform } from '../../../../test/platform';
import { ExampleDecisionMailHandler } from '../jobs/example-decision-mail.handler';

const FIELDS = 'id slug status version';
const CREATE = `mutation($i: LearningExampleInput!) { createLearningExample(input: $i) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitLearningExample(id: $id, version: $v) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!) { publishLearningExample(id: $id, version: $v) { ${FIELDS} } }`;
const RETURN = `mutation($id: ID!, $v: Int!, $c: String!) { returnLearningExample(id: $id, version: $v, comment: $c) { ${FIELDS} } }`;

/** Tyresö writes the example together with Upplands-Bro; Täby has nothing to do with it. */
const AUTHOR_ORGS = ['0138', '0139'];
const OTHER_ORG = '0160';

/**
 * docs/domain.md, "Learning examples": when a process leader publishes an example or returns it to
 * draft, the worker mails every active member account of the example's organisations, once, and
 * nobody else (not the process leader, not a deactivated account, not another organisation's members).
 */
describe('the authors are told of an editor’s decision by mail', () => {
  let platform: TestPlatform;
  let leader: string;
  let author: { id: string; email: string; token: string };
  let coAuthor: { email: string };
  let partner: { email: string };
  let deactivated: { email: string };
  let outsider: { email: string };

  beforeAll(async () => {
    platform = await TestPlatform.start({ worker: true });
    leader = await platform.loginProcessLeader();
    author = await platform.createUser(AUTHOR_ORGS[0]);
    coAuthor = await platform.createUser(AUTHOR_ORGS[0]);
    partner = await platform.createUser(AUTHOR_ORGS[1]);
    deactivated = await platform.createUser(AUTHOR_ORGS[1]);
    await platform.dataSource.query(`UPDATE users SET active = false, deactivated_at = now() WHERE email = $1`, [deactivated.email]);
    outsider = await platform.createUser(OTHER_ORG);
  });
  afterAll(() => platform.close());

  /** Every active member account of the authors' organisations now. */
  async function authorAddresses(): Promise<string[]> {
    const rows: { email: string }[] = await platform.dataSource.query(
      `SELECT u.email FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE o.code = ANY($1) AND u.active AND u.role = $2`,
      [AUTHOR_ORGS, UserRole.MEMBER],
    );
    return rows.map((r) => r.email).sort();
  }

  async function draftFor(title: string) {
    const example = (
      await platform.ok(
        CREATE,
        {
          i: {
            title,
            summary: 'Tyresö och Upplands-Bro följde upp hur fritidsstödet fördelades mellan flickor och pojkar.',
            organizationCodes: AUTHOR_ORGS,
            subjects: ['Jämställdhet'],
            activityAreas: ['Kultur och fritid'],
          },
        },
        author.token,
      )
    ).createLearningExample;
    return (await platform.ok(SUBMIT, { id: example.id, v: example.version }, author.token)).submitLearningExample;
  }

  /** Waits until each expected address has a mail with the subject, then a little longer for any that should not come. */
  async function mailsWithSubject(subject: string, expected: string[]): Promise<CaughtMail[]> {
    await Promise.all(expected.map((to) => platform.mail.waitFor((m) => m.to === to && m.subject === subject)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    return platform.mail.mails.filter((m) => m.subject === subject);
  }

  it('publishing mails each author once, with the title, whose example it is and a link to the public page', async () => {
    const title = `Fritidsstöd för alla ${randomUUID().slice(0, 8)}`;
    const inReview = await draftFor(title);
    const published = (await platform.ok(PUBLISH, { id: inReview.id, v: inReview.version }, leader)).publishLearningExample;
    const expected = await authorAddresses();
    expect(expected).toEqual(expect.arrayContaining([author.email, coAuthor.email, partner.email]));

    const mails = await mailsWithSubject(`Ert lärande exempel är publicerat – ${title}`, expected);
    expect(mails.map((m) => m.to).sort()).toEqual(expected);
    expect(expected).not.toContain(deactivated.email);
    expect(expected).not.toContain(outsider.email);
    const mail = mails.find((m) => m.to === author.email) as CaughtMail;
    expect(mail.text).toContain(`SKR har publicerat det lärande exemplet ”${title}” från Tyresö kommun, Upplands-Bro kommun.`);
    expect(mail.text).toContain(`Läs exemplet:\nhttp://web.test/examples/${published.slug}`);
    expect(mail.html).toContain('<html lang="sv">');
    // Submitting told nobody: the only mails about the example are these.
    expect(platform.mail.mails.filter((m) => m.subject.endsWith(title))).toHaveLength(expected.length);

    // The job carries ids only; run again (a retry), it mails nobody twice.
    const queue = platform.api.get<Queue>(getQueueToken('mail'));
    const job = await queue.getJob(`example-decision-${published.id}-${published.version}`);
    expect(job?.data).toEqual({ exampleId: published.id, step: 'publish', version: published.version });
    expect(JSON.stringify(job?.data)).not.toContain('@');
    const handler = platform.worker!.get(ExampleDecisionMailHandler);
    for (const to of expected) {
      const [{ id }] = await platform.dataSource.query('SELECT id FROM users WHERE email = $1', [to]);
      await platform.waitForMailLog(`example-decision:${published.id}:${published.version}:${id}`);
    }
    await expect(handler.handle({ exampleId: published.id, step: 'publish', version: published.version })).resolves.toBe('skipped');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(platform.mail.mails.filter((m) => m.subject.endsWith(title))).toHaveLength(expected.length);
  });

  it('returning a published example mails each author once, with the editor’s comment and a link to the editor', async () => {
    const title = `Likvärdig idrott ${randomUUID().slice(0, 8)}`;
    const inReview = await draftFor(title);
    const published = (await platform.ok(PUBLISH, { id: inReview.id, v: inReview.version }, leader)).publishLearningExample;
    const comment = 'Resultaten saknar siffror för 2025. Komplettera dem och skicka in igen.';
    const returned = (await platform.ok(RETURN, { id: published.id, v: published.version, c: comment }, leader)).returnLearningExample;
    expect(returned.status).toBe('DRAFT');
    const expected = await authorAddresses();

    const mails = await mailsWithSubject(`Ert lärande exempel har skickats tillbaka – ${title}`, expected);
    expect(mails.map((m) => m.to).sort()).toEqual(expected);
    expect(expected).not.toContain(deactivated.email);
    const mail = mails.find((m) => m.to === partner.email) as CaughtMail;
    expect(mail.text).toContain(`SKR har tagit tillbaka det lärande exemplet ”${title}” från Tyresö kommun, Upplands-Bro kommun. Det är inte längre publicerat`);
    expect(mail.text).toContain(`Redaktörens kommentar: ${comment}`);
    expect(mail.text).toContain(`Öppna exemplet i redigeraren:\nhttp://web.test/examples/${returned.slug}/edit`);
    // One mail per author for the publication and one for the return.
    const about = await mailsWithSubject(`Ert lärande exempel är publicerat – ${title}`, expected);
    expect(about.map((m) => m.to).sort()).toEqual(expected);
    expect(platform.mail.mails.filter((m) => m.subject.endsWith(title))).toHaveLength(2 * expected.length);
  });

  it('a refused step queues nothing', async () => {
    const title = `Ingen ändring ${randomUUID().slice(0, 8)}`;
    const inReview = await draftFor(title);
    const stale = await platform.gql(PUBLISH, { id: inReview.id, v: inReview.version - 1 }, leader);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');
    const forbidden = await platform.gql(PUBLISH, { id: inReview.id, v: inReview.version }, author.token);
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const queue = platform.api.get<Queue>(getQueueToken('mail'));
    expect(await queue.getJob(`example-decision-${inReview.id}-${inReview.version}`)).toBeUndefined();
    expect(await queue.getJob(`example-decision-${inReview.id}-${inReview.version + 1}`)).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(platform.mail.mails.filter((m) => m.subject.endsWith(title))).toEqual([]);
  });
});

import { DataSource } from 'typeorm';
import { isUuid } from '../../infrastructure/graphql/ids';

/** What an entry is about, named for people: see `AuditEntry.subject`, `subjectContext` and `subjectPath`. */
export interface AuditSubject {
  subject: string | null;
  subjectContext: string | null;
  subjectPath: string | null;
}

/** The part of an audit row the subject is worked out from. */
export interface AuditSubjectKey {
  entity: string;
  entityId: string;
  /** The entry's `after` snapshot: a cohort's add/withdraw entries name the organisation there. */
  after: object | null;
}

const NONE: AuditSubject = { subject: null, subjectContext: null, subjectPath: null };

const cohortPath = (id: string) => `/cohorts/${id}`;
const organizationPath = (code: string) => `/organizations/${encodeURIComponent(code)}`;

function organizationCodeIn(after: object | null): string | null {
  const code = (after as { organizationCode?: unknown } | null)?.organizationCode;
  return typeof code === 'string' ? code : null;
}

/**
 * Names the objects of a page of audit entries, in one statement per kind of object on the page (never
 * one per entry): the cohort, example, programme, organisation, person or invitation itself; for a
 * meeting and a working group also their cohort, for a follow-up report its organisation and cohort, for an invitation or an account their organisation,
 * for a cohort's added or withdrawn member that organisation. Each gets the web app's path where a
 * process leader (the only reader of the log) opens it. Objects are never deleted; a name that cannot
 * be found (a hand-made row) is null, and the web falls back to the entity and id.
 */
export async function describeAuditSubjects(dataSource: DataSource, keys: readonly AuditSubjectKey[]): Promise<AuditSubject[]> {
  const idsOf = (entity: string) => [...new Set(keys.filter((k) => k.entity === entity && isUuid(k.entityId)).map((k) => k.entityId))];
  const query = async <T>(entity: string, sql: string): Promise<Map<string, T & { id: string }>> => {
    const ids = idsOf(entity);
    if (!ids.length) return new Map();
    const rows = await dataSource.query<(T & { id: string })[]>(sql, [ids]);
    return new Map(rows.map((row) => [row.id, row]));
  };
  const memberCodes = [...new Set(keys.filter((k) => k.entity === 'Cohort').flatMap((k) => organizationCodeIn(k.after) ?? []))];

  const [cohorts, members, meetings, examples, programmes, organizations, invitations, users, organizationsByCode, reports] = await Promise.all([
    query<{ name: string }>('Cohort', 'SELECT id, name FROM cohorts WHERE id = ANY($1::uuid[])'),
    query<{ organization: string; cohortId: string; cohort: string }>(
      'CohortMember',
      `SELECT cm.id, o.name AS organization, c.id AS "cohortId", c.name AS cohort
         FROM cohort_members cm JOIN organizations o ON o.id = cm.organization_id JOIN cohorts c ON c.id = cm.cohort_id
        WHERE cm.id = ANY($1::uuid[])`,
    ),
    query<{ title: string; cohortId: string; cohort: string }>(
      'Meeting',
      'SELECT m.id, m.title, c.id AS "cohortId", c.name AS cohort FROM meetings m JOIN cohorts c ON c.id = m.cohort_id WHERE m.id = ANY($1::uuid[])',
    ),
    query<{ title: string; slug: string }>('LearningExample', 'SELECT id, title, slug FROM learning_examples WHERE id = ANY($1::uuid[])'),
    query<{ name: string }>('Programme', 'SELECT id, name FROM programmes WHERE id = ANY($1::uuid[])'),
    query<{ name: string; code: string }>('Organization', 'SELECT id, name, code FROM organizations WHERE id = ANY($1::uuid[])'),
    query<{ email: string; organization: string; code: string }>(
      'Invitation',
      'SELECT i.id, i.email, o.name AS organization, o.code FROM invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.id = ANY($1::uuid[])',
    ),
    query<{ name: string; organization: string; code: string }>(
      'User',
      'SELECT u.id, u.name, o.name AS organization, o.code FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1::uuid[])',
    ),
    memberCodes.length
      ? dataSource
          .query<{ code: string; name: string }[]>('SELECT code, name FROM organizations WHERE code = ANY($1::varchar[])', [memberCodes])
          .then((rows) => new Map(rows.map((row) => [row.code, row.name])))
      : Promise.resolve(new Map<string, string>()),
    query<{ organization: string; code: string; checkpointId: string; cohort: string }>(
      'FollowUpReport',
      `SELECT r.id, o.name AS organization, o.code, r.checkpoint_id AS "checkpointId", c.name AS cohort
         FROM follow_up_reports r JOIN organizations o ON o.id = r.organization_id
         JOIN checkpoints cp ON cp.id = r.checkpoint_id JOIN cohorts c ON c.id = cp.cohort_id
        WHERE r.id = ANY($1::uuid[])`,
    ),
  ]);

  return keys.map(({ entity, entityId, after }): AuditSubject => {
    switch (entity) {
      case 'Cohort': {
        const cohort = cohorts.get(entityId);
        const code = organizationCodeIn(after);
        return cohort
          ? {
              subject: cohort.name,
              subjectContext: code ? (organizationsByCode.get(code) ?? null) : null,
              subjectPath: cohortPath(entityId),
            }
          : NONE;
      }
      case 'CohortMember': {
        const member = members.get(entityId);
        return member ? { subject: member.organization, subjectContext: member.cohort, subjectPath: cohortPath(member.cohortId) } : NONE;
      }
      case 'Meeting': {
        const meeting = meetings.get(entityId);
        return meeting ? { subject: meeting.title, subjectContext: meeting.cohort, subjectPath: cohortPath(meeting.cohortId) } : NONE;
      }
      case 'LearningExample': {
        const example = examples.get(entityId);
        return example
          ? { subject: example.title, subjectContext: null, subjectPath: `/examples/${encodeURIComponent(example.slug)}` }
          : NONE;
      }
      case 'Programme': {
        const programme = programmes.get(entityId);
        return programme ? { subject: programme.name, subjectContext: null, subjectPath: '/programmes' } : NONE;
      }
      case 'Organization': {
        const organization = organizations.get(entityId);
        return organization ? { subject: organization.name, subjectContext: null, subjectPath: organizationPath(organization.code) } : NONE;
      }
      case 'Invitation': {
        const invitation = invitations.get(entityId);
        return invitation
          ? { subject: invitation.email, subjectContext: invitation.organization, subjectPath: organizationPath(invitation.code) }
          : NONE;
      }
      case 'User': {
        const user = users.get(entityId);
        return user ? { subject: user.name, subjectContext: user.organization, subjectPath: organizationPath(user.code) } : NONE;
      }
      case 'FollowUpReport': {
        const report = reports.get(entityId);
        return report
          ? {
              subject: report.organization,
              subjectContext: report.cohort,
              subjectPath: `/checkpoints/${report.checkpointId}/reports/${encodeURIComponent(report.code)}`,
            }
          : NONE;
      }
      // A vocabulary is named by its kind (entityId, e.g. SUBJECT), which the web translates.
      case 'Vocabulary':
        return { subject: null, subjectContext: null, subjectPath: '/vocabularies' };
      default:
        return NONE;
    }
  });
}

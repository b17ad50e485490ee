import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { EditableWorkingGroupFragment, WorkingGroupPersonFragment } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import { useCurrentUser } from '../auth';
import { NoAccessPage, NotFoundPage } from '../pages';
import { isWorkingGroupRole, WORKING_GROUP_ROLES } from './cohort-status';
import { cohortPermissions } from './cohort-view';
import { SetWorkingGroupMutation, WorkingGroupQuery } from './graphql/operations';
import {
  currentMemberOf,
  emptyRow,
  firstFieldIdOf,
  personFieldId,
  rowField,
  rowsForForm,
  takeRowsKeepingKeys,
  toWorkingGroupInput,
  workingGroupProblems,
  WORKING_GROUP_ADD_ID,
  WORKING_GROUP_MAX,
  type PersonRow,
} from './working-group-form';

type Member = EditableWorkingGroupFragment;

/**
 * `/cohorts/:id/working-group/:code`: an organisation's own users (and process leaders) edit its working
 * group. The form saves on top of the version it was opened with; when someone else saved in between,
 * it keeps what the user typed and offers the newer group (docs/web-patterns.md, "Conflicts").
 */
export function WorkingGroupPage() {
  const { t } = useTranslation();
  const { id = '', code = '' } = useParams();
  const { user } = useCurrentUser();
  // From the server, not the cache: the form starts from the group (and version) saved now.
  const { data, loading, error } = useQuery(WorkingGroupQuery, { variables: { id }, fetchPolicy: 'network-only' });

  if (loading && !data) return <Loading />;
  if (error && !data) {
    return (
      <Page title={t('workingGroup.titleFallback')}>
        <QueryError error={error} />
      </Page>
    );
  }
  const cohort = data?.cohort;
  const member = cohort?.members.find((candidate) => candidate.organization.code === code);
  if (!cohort || !member || !user) return <NotFoundPage />;
  if (!cohortPermissions(user, cohort.members).mayEditWorkingGroup(code)) return <NoAccessPage message={t('workingGroup.noAccess')} />;

  return (
    <Page title={t('workingGroup.pageTitle', { organization: member.organization.name })}>
      <p>{t('workingGroup.intro', { organization: member.organization.name, cohort: cohort.name })}</p>
      {/* Read once: fetching a newer group (after a refused save) must not throw away what was typed. */}
      <WorkingGroupForm key={member.id} cohortId={cohort.id} member={member} />
      <p>
        <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{t('workingGroup.back', { cohort: cohort.name })}</Link>
      </p>
    </Page>
  );
}

function WorkingGroupForm({ cohortId, member }: { cohortId: string; member: Member }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [rows, setRows] = useState<PersonRow[]>(() => rowsForForm(member.workingGroup));
  const [save, { loading }] = useMutation(SetWorkingGroupMutation);
  const addButton = useRef<HTMLButtonElement>(null);
  const fieldIds = useMemo(
    () => ({
      members: WORKING_GROUP_ADD_ID,
      ...Object.fromEntries(rows.flatMap((row) => (['name', 'title', 'role', 'email'] as const).map((control) => [rowField(row, control), personFieldId(row, control)]))),
    }),
    [rows],
  );
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(fieldIds);
  const code = member.organization.code;
  const conflict = useVersionConflict<Member>({
    version: member.workingGroupVersion,
    loadCurrent: async () => {
      const { data } = await client.query({ query: WorkingGroupQuery, variables: { id: cohortId }, fetchPolicy: 'network-only' });
      return data?.cohort ? currentMemberOf(data.cohort.members, code) : null;
    },
    versionOf: (latest) => latest.workingGroupVersion,
    onLoaded: clear,
    // The rows keep their keys where they can, so that focus can go back to the first name.
    onTakeLatest: (latest) => setRows((current) => takeRowsKeepingKeys(current, rowsForForm(latest.workingGroup))),
  });

  function change(key: string, update: Partial<PersonRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...update } : row)));
  }

  function add() {
    const row = emptyRow();
    setRows((current) => [...current, row]);
    // The new row's first field, once it is rendered.
    requestAnimationFrame(() => document.getElementById(personFieldId(row, 'name'))?.focus());
  }

  function remove(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const next = rows[index + 1] ?? rows[index - 1];
      (next ? document.getElementById(personFieldId(next, 'name')) : addButton.current)?.focus();
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (rejectInvalid(workingGroupProblems(rows, t))) return;
    clear();
    try {
      await conflict.save((version) => save({ variables: { cohortId, organizationCode: code, version, members: toWorkingGroupInput(rows) } }));
      await navigate(`/cohorts/${encodeURIComponent(cohortId)}`, { state: { flash: 'workingGroupSaved' } });
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <VersionConflict
        conflict={conflict}
        firstFieldId={firstFieldIdOf(rows)}
        texts={{ heading: t('workingGroup.conflictHeading'), explain: t('workingGroup.conflictExplain'), gone: t('workingGroup.conflictGone') }}
        renderLatest={(latest) => <LatestWorkingGroup people={latest.workingGroup} />}
      />
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
        {rows.length === 0 ? <p className="notice">{t('workingGroup.empty')}</p> : null}
        {rows.map((row, index) => {
          const number = index + 1;
          const id = (control: 'name' | 'title' | 'role' | 'email') => personFieldId(row, control);
          return (
            <fieldset key={row.key} className="fieldset person">
              <legend className="fieldset__legend">{t('workingGroup.person', { number })}</legend>
              <TextField
                id={id('name')}
                name={`name-${number}`}
                label={t('workingGroup.name')}
                autoComplete="off"
                required
                maxLength={200}
                value={row.name}
                onChange={(name) => change(row.key, { name })}
                error={fieldErrors[rowField(row, 'name')]}
              />
              <TextField
                id={id('title')}
                name={`title-${number}`}
                label={t('workingGroup.title')}
                hint={t('workingGroup.titleHint')}
                autoComplete="off"
                maxLength={200}
                value={row.title}
                onChange={(title) => change(row.key, { title })}
                error={fieldErrors[rowField(row, 'title')]}
              />
              <SelectField
                id={id('role')}
                name={`role-${number}`}
                label={t('workingGroup.role')}
                required
                value={row.role}
                onChange={(role) => change(row.key, { role: isWorkingGroupRole(role) ? role : row.role })}
                error={fieldErrors[rowField(row, 'role')]}
              >
                {WORKING_GROUP_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`workingGroupRole.${role}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                id={id('email')}
                name={`email-${number}`}
                type="email"
                label={t('workingGroup.email')}
                autoComplete="off"
                maxLength={254}
                value={row.email}
                onChange={(email) => change(row.key, { email })}
                error={fieldErrors[rowField(row, 'email')]}
              />
              <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                {t('workingGroup.remove', { number })}
                {row.name.trim() ? <span className="visually-hidden"> ({row.name.trim()})</span> : null}
              </button>
            </fieldset>
          );
        })}
        <div className="button-row">
          {rows.length < WORKING_GROUP_MAX ? (
            <button id={WORKING_GROUP_ADD_ID} ref={addButton} type="button" className="button button--secondary" onClick={add}>
              {t('workingGroup.add')}
            </button>
          ) : null}
          <SubmitButton busy={loading} label={t('workingGroup.save')} busyLabel={t('common.saving')} />
        </div>
      </form>
    </>
  );
}

/** The group as someone else saved it, shown in the conflict notice so that the user sees what they choose between. */
function LatestWorkingGroup({ people }: { people: readonly WorkingGroupPersonFragment[] }) {
  const { t } = useTranslation();
  if (people.length === 0) return <p>{t('workingGroup.latestEmpty')}</p>;
  return (
    <ul className="working-group-latest" aria-label={t('workingGroup.latestLabel')}>
      {people.map((person) => {
        const role = t(`workingGroupRole.${person.role}`);
        return (
          <li key={person.id}>
            {person.title
              ? t('workingGroup.latestPersonWithTitle', { name: person.name, title: person.title, role })
              : t('workingGroup.latestPerson', { name: person.name, role })}
            {person.email ? <span className="working-group-latest__email"> ({person.email})</span> : null}
          </li>
        );
      })}
    </ul>
  );
}

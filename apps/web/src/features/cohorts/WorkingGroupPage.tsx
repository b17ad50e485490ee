import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { CohortDetailsFragment } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useCurrentUser } from '../auth';
import { NoAccessPage, NotFoundPage } from '../pages';
import { isWorkingGroupRole, WORKING_GROUP_ROLES } from './cohort-status';
import { cohortPermissions } from './cohort-view';
import { CohortQuery, SetWorkingGroupMutation } from './graphql/operations';
import { emptyRow, rowField, rowsFrom, toWorkingGroupInput, workingGroupProblems, WORKING_GROUP_MAX, type PersonRow } from './working-group-form';

type Member = CohortDetailsFragment['members'][number];

/** `/cohorts/:id/working-group/:code`: an organisation's own users (and process leaders) edit its working group. */
export function WorkingGroupPage() {
  const { t } = useTranslation();
  const { id = '', code = '' } = useParams();
  const { user } = useCurrentUser();
  const { data, loading, error } = useQuery(CohortQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });

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
      {/* Keyed by the saved group: a newer one from the server starts a fresh form. */}
      <WorkingGroupForm key={member.workingGroup.map((person) => person.id).join(',')} cohortId={cohort.id} member={member} />
      <p>
        <Link to={`/cohorts/${encodeURIComponent(cohort.id)}`}>{t('workingGroup.back', { cohort: cohort.name })}</Link>
      </p>
    </Page>
  );
}

function WorkingGroupForm({ cohortId, member }: { cohortId: string; member: Member }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [rows, setRows] = useState<PersonRow[]>(() => (member.workingGroup.length ? rowsFrom(member.workingGroup) : [emptyRow('POLITICIAN')]));
  const [save, { loading }] = useMutation(SetWorkingGroupMutation);
  const addButton = useRef<HTMLButtonElement>(null);
  const fieldIds = useMemo(
    () => ({
      members: 'working-group-add',
      ...Object.fromEntries(rows.flatMap((row) => (['name', 'title', 'role', 'email'] as const).map((control) => [rowField(row, control), `wg-${row.key}-${control}`]))),
    }),
    [rows],
  );
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(fieldIds);

  function change(key: string, update: Partial<PersonRow>) {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...update } : row)));
  }

  function add() {
    const row = emptyRow();
    setRows((current) => [...current, row]);
    // The new row's first field, once it is rendered.
    requestAnimationFrame(() => document.getElementById(`wg-${row.key}-name`)?.focus());
  }

  function remove(index: number) {
    setRows((current) => current.filter((_, i) => i !== index));
    requestAnimationFrame(() => {
      const next = rows[index + 1] ?? rows[index - 1];
      (next ? document.getElementById(`wg-${next.key}-name`) : addButton.current)?.focus();
    });
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    if (rejectInvalid(workingGroupProblems(rows, t))) return;
    clear();
    try {
      await save({ variables: { cohortId, organizationCode: member.organization.code, members: toWorkingGroupInput(rows) } });
      await navigate(`/cohorts/${encodeURIComponent(cohortId)}`, { state: { flash: 'workingGroupSaved' } });
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      <form className="form form--wide" noValidate onSubmit={(event) => void submit(event)}>
        {rows.length === 0 ? <p className="notice">{t('workingGroup.empty')}</p> : null}
        {rows.map((row, index) => {
          const number = index + 1;
          const id = (control: string) => `wg-${row.key}-${control}`;
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
            <button id="working-group-add" ref={addButton} type="button" className="button button--secondary" onClick={add}>
              {t('workingGroup.add')}
            </button>
          ) : null}
          <SubmitButton busy={loading} label={t('workingGroup.save')} busyLabel={t('common.saving')} />
        </div>
      </form>
    </>
  );
}

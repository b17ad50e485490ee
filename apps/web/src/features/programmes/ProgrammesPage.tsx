import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammesQuery as ProgrammesResult } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { SelectField } from '../../shared/ui/SelectField';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { CreateProgrammeMutation, ProgrammesQuery } from './graphql/operations';
import { EMPTY_PROGRAMME_FORM, PROGRAMME_KINDS, programmeProblems, toCreateProgrammeInput, type ProgrammeFormValues } from './programme-form';

const FIELD_IDS = {
  name: 'programme-name',
  theme: 'programme-theme',
  organizationKind: 'programme-kind',
  minMentees: 'programme-min',
  maxMentees: 'programme-max',
  followUpMonths: 'programme-months',
};

/** Programmes (satsningar): the list, and a form to create one. For process leaders. */
export function ProgrammesPage() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ProgrammesQuery, { fetchPolicy: 'cache-and-network' });
  const programmes = data?.programmes;
  return (
    <Page title={t('programmes.title')}>
      <p>{t('programmes.intro')}</p>
      {error ? <QueryError error={error} /> : null}
      {loading && !programmes ? <Loading /> : null}
      {programmes && programmes.length === 0 ? <p>{t('programmes.none')}</p> : null}
      {programmes && programmes.length > 0 ? <ProgrammeTable programmes={programmes} /> : null}
      <CreateProgrammeForm />
    </Page>
  );
}

function ProgrammeTable({ programmes }: { programmes: ProgrammesResult['programmes'] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrapper" role="region" aria-labelledby="programmes-caption" tabIndex={0}>
      <table className="table">
        <caption id="programmes-caption" className="visually-hidden">
          {t('programmes.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('programmes.columnName')}</th>
            <th scope="col">{t('programmes.columnTheme')}</th>
            <th scope="col">{t('programmes.columnKind')}</th>
            <th scope="col">{t('programmes.columnMentees')}</th>
            <th scope="col">{t('programmes.columnFollowUp')}</th>
            <th scope="col">{t('programmes.columnCohorts')}</th>
          </tr>
        </thead>
        <tbody>
          {programmes.map((programme) => (
            <tr key={programme.id}>
              <th scope="row">{programme.name}</th>
              <td>{programme.theme}</td>
              <td>{t(`programmes.kindOption.${programme.organizationKind}`)}</td>
              <td>
                {programme.minMentees === programme.maxMentees
                  ? programme.minMentees
                  : t('programmes.menteeSpan', { min: programme.minMentees, max: programme.maxMentees })}
              </td>
              <td>{t('programmes.followUpMonths', { count: programme.followUpMonths })}</td>
              <td>
                {programme.cohorts.length > 0 ? (
                  <Link to={`/cohorts?program=${encodeURIComponent(programme.id)}`}>
                    {t('programmes.cohortCount', { count: programme.cohorts.length })}
                    <span className="visually-hidden"> {t('programmes.inProgramme', { name: programme.name })}</span>
                  </Link>
                ) : (
                  t('programmes.cohortCount', { count: 0 })
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CreateProgrammeForm() {
  const { t } = useTranslation();
  const [createProgramme, { loading }] = useMutation(CreateProgrammeMutation, {
    refetchQueries: [{ query: ProgrammesQuery }],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState<ProgrammeFormValues>(EMPTY_PROGRAMME_FORM);
  const [created, setCreated] = useState<string | null>(null);
  const { error, fieldErrors, rejectInvalid, showError, clear } = useFormError(FIELD_IDS);
  const set = (change: Partial<ProgrammeFormValues>) => setValues((current) => ({ ...current, ...change }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setCreated(null);
    if (rejectInvalid(programmeProblems(values, t))) return;
    clear();
    try {
      const { data } = await createProgramme({ variables: { input: toCreateProgrammeInput(values) } });
      if (!data) return;
      setCreated(data.createProgramme.name);
      setValues(EMPTY_PROGRAMME_FORM);
      document.getElementById(FIELD_IDS.name)?.focus();
    } catch (cause) {
      showError(cause);
    }
  }

  return (
    <section aria-labelledby="create-programme-heading" className="section">
      <h2 id="create-programme-heading">{t('programmes.createHeading')}</h2>
      <StatusMessage>{created ? t('programmes.created', { name: created }) : null}</StatusMessage>
      <ErrorSummary error={error} fieldIds={FIELD_IDS} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <TextField
          id={FIELD_IDS.name}
          name="name"
          label={t('programmes.name')}
          hint={t('programmes.nameHint')}
          required
          maxLength={200}
          value={values.name}
          onChange={(name) => set({ name })}
          error={fieldErrors['name']}
        />
        <TextField
          id={FIELD_IDS.theme}
          name="theme"
          label={t('programmes.theme')}
          hint={t('programmes.themeHint')}
          required
          maxLength={500}
          value={values.theme}
          onChange={(theme) => set({ theme })}
          error={fieldErrors['theme']}
        />
        <SelectField
          id={FIELD_IDS.organizationKind}
          name="organizationKind"
          label={t('programmes.kind')}
          required
          value={values.organizationKind}
          onChange={(kind) => set({ organizationKind: kind === 'REGION' ? 'REGION' : 'MUNICIPALITY' })}
          error={fieldErrors['organizationKind']}
        >
          {PROGRAMME_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`programmes.kindOption.${kind}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id={FIELD_IDS.minMentees}
          name="minMentees"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          label={t('programmes.minMentees')}
          required
          value={values.minMentees}
          onChange={(minMentees) => set({ minMentees })}
          error={fieldErrors['minMentees']}
        />
        <TextField
          id={FIELD_IDS.maxMentees}
          name="maxMentees"
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          label={t('programmes.maxMentees')}
          required
          value={values.maxMentees}
          onChange={(maxMentees) => set({ maxMentees })}
          error={fieldErrors['maxMentees']}
        />
        <TextField
          id={FIELD_IDS.followUpMonths}
          name="followUpMonths"
          type="number"
          inputMode="numeric"
          min={1}
          max={60}
          label={t('programmes.followUpMonthsLabel')}
          hint={t('programmes.followUpMonthsHint')}
          required
          value={values.followUpMonths}
          onChange={(followUpMonths) => set({ followUpMonths })}
          error={fieldErrors['followUpMonths']}
        />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('programmes.submit')} busyLabel={t('programmes.submitting')} />
        </div>
      </form>
    </section>
  );
}

import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammesQuery as ProgrammesResult } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { QueryTable } from '../../shared/ui/DataTableSection';
import { Confirmation } from '../../shared/ui/Confirmation';
import { Page } from '../../shared/ui/Page';
import { SelectField } from '../../shared/ui/SelectField';
import { SubmitForm } from '../../shared/ui/SubmitForm';
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
  return (
    <Page title={t('programmes.title')}>
      <p>{t('programmes.intro')}</p>
      <QueryTable
        rows={data?.programmes}
        loading={loading}
        error={error}
        emptyText={t('programmes.none')}
        captionId="programmes-caption"
        caption={t('programmes.caption')}
        rowKey={(programme) => programme.id}
        columns={[
          { header: t('programmes.columnName'), rowHeader: true, cell: (programme) => programme.name },
          { header: t('programmes.columnTheme'), cell: (programme) => programme.theme },
          { header: t('programmes.columnKind'), cell: (programme) => t(`programmes.kindOption.${programme.organizationKind}`) },
          {
            header: t('programmes.columnMentees'),
            cell: (programme) =>
              programme.minMentees === programme.maxMentees
                ? programme.minMentees
                : t('programmes.menteeSpan', { min: programme.minMentees, max: programme.maxMentees }),
          },
          { header: t('programmes.columnFollowUp'), cell: (programme) => t('programmes.followUpMonths', { count: programme.followUpMonths }) },
          { header: t('programmes.columnCohorts'), cell: (programme) => <CohortsLink programme={programme} /> },
        ]}
      />
      <CreateProgrammeForm />
    </Page>
  );
}

function CohortsLink({ programme }: { programme: ProgrammesResult['programmes'][number] }) {
  const { t } = useTranslation();
  if (programme.cohorts.length === 0) return t('programmes.cohortCount', { count: 0 });
  return (
    <Link to={`/cohorts?program=${encodeURIComponent(programme.id)}`}>
      {t('programmes.cohortCount', { count: programme.cohorts.length })}
      <span className="visually-hidden"> {t('programmes.inProgramme', { name: programme.name })}</span>
    </Link>
  );
}

type CreatedProgramme = Pick<ProgrammesResult['programmes'][number], 'id' | 'name'>;

/**
 * Creates a programme. The answer is a confirmation that takes focus (the form is emptied for the
 * next one): what was made, and the way on to the programme's first cohort.
 */
function CreateProgrammeForm() {
  const { t } = useTranslation();
  const [createProgramme, { loading }] = useMutation(CreateProgrammeMutation, {
    refetchQueries: [{ query: ProgrammesQuery }],
    awaitRefetchQueries: true,
  });
  const [values, setValues] = useState<ProgrammeFormValues>(EMPTY_PROGRAMME_FORM);
  const [created, setCreated] = useState<CreatedProgramme | null>(null);
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);
  const set = (change: Partial<ProgrammeFormValues>) => setValues((current) => ({ ...current, ...change }));

  async function submit() {
    setCreated(null);
    await send(programmeProblems(values, t), async () => {
      const { data } = await createProgramme({ variables: { input: toCreateProgrammeInput(values) } });
      if (!data) return;
      setCreated({ id: data.createProgramme.id, name: data.createProgramme.name });
      setValues(EMPTY_PROGRAMME_FORM);
    });
  }

  return (
    <section aria-labelledby="create-programme-heading" className="section">
      <h2 id="create-programme-heading">{t('programmes.createHeading')}</h2>
      <Confirmation heading={created ? t('programmes.created', { name: created.name }) : null} next={created ? t('programmes.createdNext', { name: created.name }) : null}>
        {created ? (
          <ul className="link-list">
            <li>
              <Link to="/cohorts/new">{t('programmes.createdNewCohort')}</Link>
            </li>
            <li>
              <Link to={`/cohorts?program=${encodeURIComponent(created.id)}`}>{t('programmes.createdCohorts', { name: created.name })}</Link>
            </li>
          </ul>
        ) : null}
      </Confirmation>
      <SubmitForm error={error} fieldIds={FIELD_IDS} busy={loading} submitLabel={t('programmes.submit')} busyLabel={t('programmes.submitting')} onSubmit={submit}>
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
      </SubmitForm>
    </section>
  );
}

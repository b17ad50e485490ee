import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GoalScope } from '@modellkommuner/shared';
import type { GoalFieldsFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/format';
import { useFormError } from '../../shared/forms';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SelectField } from '../../shared/ui/SelectField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextAreaField } from '../../shared/ui/TextAreaField';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import { useConfirmationSlot } from './confirmation-slot';
import { useReportDirty } from './dirty-forms';
import {
  emptyGoalForm,
  GOAL_DESCRIPTION_MAX,
  GOAL_TITLE_MAX,
  goalFormFrom,
  goalProblems,
  sameGoalForm,
  toCreateGoalInput,
  toUpdateGoalInput,
  type GoalFormValues,
} from './goal-forms';
import { scopeLabel } from './goal-text';
import { pageRefetch, useGoalsPage } from './goals-page-context';
import { CreateGoalMutation, GoalsPageQuery, UpdateGoalMutation } from './graphql/operations';

function goalFieldIds(prefix: string) {
  return {
    scope: `${prefix}-scope`,
    // The API names the organisation of an OWN goal; the scope is where the form asks about it.
    organizationCode: `${prefix}-scope`,
    title: `${prefix}-title`,
    focusArea: `${prefix}-focus-area`,
    description: `${prefix}-description`,
  };
}

/** The first control of the form: the scope when it is asked, else the title. */
function firstFieldOf(ids: ReturnType<typeof goalFieldIds>, asksScope: boolean): string {
  return asksScope ? `${ids.scope}-${GoalScope.SHARED}` : ids.title;
}

interface GoalFieldsProps {
  ids: ReturnType<typeof goalFieldIds>;
  values: GoalFormValues;
  onChange: (values: GoalFormValues) => void;
  /** The scopes a new goal may have; an edit form passes none (a goal keeps its scope). */
  scopes: readonly GoalScope[];
  errors: Record<string, string>;
}

function GoalFields({ ids, values, onChange, scopes, errors }: GoalFieldsProps) {
  const { t } = useTranslation();
  const { organizationName, focusAreas } = useGoalsPage();
  // A term taken out of the vocabulary since the goal was saved stays choosable for it.
  const terms = values.focusArea && !focusAreas.includes(values.focusArea) ? [...focusAreas, values.focusArea] : focusAreas;
  const scopeText = (scope: GoalScope) => (scope === GoalScope.SHARED ? t('goals.goalForm.sharedChoice') : t('goals.goalForm.ownChoice', { organization: organizationName }));
  return (
    <>
      {scopes.length > 1 ? (
        <ChoiceFieldset id={ids.scope} legend={t('goals.goalForm.scope')} required error={errors['scope'] ?? errors['organizationCode']}>
          {scopes.map((scope) => (
            <Choice
              key={scope}
              id={`${ids.scope}-${scope}`}
              type="radio"
              name={ids.scope}
              checked={values.scope === scope}
              onChange={(checked) => {
                if (checked) onChange({ ...values, scope });
              }}
              label={scopeLabel(scope, t)}
              detail={scopeText(scope)}
            />
          ))}
        </ChoiceFieldset>
      ) : scopes.length === 1 ? (
        <p>{values.scope === GoalScope.SHARED ? t('goals.goalForm.sharedOnly') : t('goals.goalForm.ownOnly', { organization: organizationName })}</p>
      ) : null}
      <TextField
        id={ids.title}
        label={t('goals.goalForm.title')}
        hint={t('goals.goalForm.titleHint')}
        required
        maxLength={GOAL_TITLE_MAX}
        autoComplete="off"
        value={values.title}
        onChange={(title) => onChange({ ...values, title })}
        error={errors['title']}
      />
      {terms.length > 0 ? (
        <SelectField
          id={ids.focusArea}
          label={t('goals.goalForm.focusArea')}
          value={values.focusArea}
          onChange={(focusArea) => onChange({ ...values, focusArea })}
          error={errors['focusArea']}
        >
          <option value="">{t('goals.goalForm.noFocusArea')}</option>
          {terms.map((term) => (
            <option key={term} value={term} lang="sv">
              {term}
            </option>
          ))}
        </SelectField>
      ) : null}
      <TextAreaField
        id={ids.description}
        label={t('goals.goalForm.description')}
        hint={t('goals.goalForm.descriptionHint')}
        maxLength={GOAL_DESCRIPTION_MAX}
        rows={4}
        value={values.description}
        onChange={(description) => onChange({ ...values, description })}
        error={errors['description']}
      />
    </>
  );
}

/**
 * "Lägg till mål": the scope is asked only where the viewer may create both (process leaders; the mentor
 * on its own page), else the form says which it will be. The answer is a confirmation that links to the goal.
 */
export function AddGoalSection() {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const scopes = page.permissions.creatableScopes;
  const [open, setOpen] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  const confirmation = useConfirmationSlot(3);

  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      openButton.current?.focus();
    }
  }, [open]);

  if (scopes.length === 0) return null;
  return (
    <section aria-labelledby="add-goal-heading" className="section">
      <h2 id="add-goal-heading">{t('goals.addGoal.heading')}</h2>
      {confirmation.element}
      {open ? (
        <div className="action-panel action-panel--wide">
          <AddGoalForm
            scopes={scopes}
            onCancel={() => {
              returnFocus.current = true;
              setOpen(false);
            }}
            onAdded={(goal) => {
              setOpen(false);
              confirmation.confirm(t('goals.addGoal.added', { title: goal.title }), {
                body: (
                  <p>
                    <a href={`#goal-${goal.id}`}>{t('goals.addGoal.goTo', { title: goal.title })}</a>
                  </p>
                ),
                next: t('goals.addGoal.next'),
              });
            }}
          />
        </div>
      ) : (
        <p>
          <button
            ref={openButton}
            type="button"
            className="button"
            onClick={() => {
              confirmation.clear();
              setOpen(true);
            }}
          >
            {t('goals.addGoal.open')}
          </button>
        </p>
      )}
    </section>
  );
}

function AddGoalForm({ scopes, onCancel, onAdded }: { scopes: readonly GoalScope[]; onCancel: () => void; onAdded: (goal: { id: string; title: string }) => void }) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const ids = useMemo(() => goalFieldIds('new-goal'), []);
  const initial = useMemo(() => emptyGoalForm(scopes[0] ?? GoalScope.OWN), [scopes]);
  const [values, setValues] = useState<GoalFormValues>(initial);
  const [create, { loading }] = useMutation(CreateGoalMutation, pageRefetch(page));
  const { error, fieldErrors, send } = useFormError(ids);
  useReportDirty('goal:new', !sameGoalForm(values, initial));

  useEffect(() => {
    document.getElementById(firstFieldOf(ids, scopes.length > 1))?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const answer: { goal?: { id: string; title: string } } = {};
    const sent = await send(goalProblems(values, t), async () => {
      const { data } = await create({ variables: { input: toCreateGoalInput(values, page.cohortId, page.organizationCode) } });
      if (data) answer.goal = data.createGoal;
    });
    if (sent && answer.goal) onAdded(answer.goal);
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={ids} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <GoalFields ids={ids} values={values} onChange={setValues} scopes={scopes} errors={fieldErrors} />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('goals.addGoal.submit')} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

interface EditGoalFormProps {
  goal: GoalFieldsFragment;
  onSaved: (title: string) => void;
  onCancel: () => void;
}

/**
 * A goal's title, focus area and description, saved on top of the version the form opened with. When
 * someone else saved the goal meanwhile: the API's message, the newer goal shown, and the user's choice
 * (docs/web-patterns.md, "Conflicts"). The form is read once: a refetch does not touch what is typed.
 */
export function EditGoalForm({ goal, onSaved, onCancel }: EditGoalFormProps) {
  const { t, i18n } = useTranslation();
  const page = useGoalsPage();
  const client = useApolloClient();
  const ids = useMemo(() => goalFieldIds(`goal-${goal.id}`), [goal.id]);
  const [saved, setSaved] = useState<GoalFormValues>(() => goalFormFrom(goal));
  const [values, setValues] = useState<GoalFormValues>(saved);
  const [update, { loading }] = useMutation(UpdateGoalMutation);
  const { error, fieldErrors, send, clear } = useFormError(ids);
  useReportDirty(`goal:${goal.id}`, !sameGoalForm(values, saved));
  const conflict = useVersionConflict<GoalFieldsFragment>({
    version: goal.version,
    loadCurrent: async () => {
      const { data } = await client.query({ query: GoalsPageQuery, variables: { id: page.cohortId, code: page.organizationCode }, fetchPolicy: 'network-only' });
      return data?.cohort?.goals.find((candidate) => candidate.id === goal.id) ?? null;
    },
    versionOf: (latest) => latest.version,
    savedAtOf: (latest) => latest.updatedAt,
    onLoaded: clear,
    onTakeLatest: (latest) => {
      const form = goalFormFrom(latest);
      setSaved(form);
      setValues(form);
    },
  });

  useEffect(() => {
    document.getElementById(ids.title)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const input = toUpdateGoalInput(values);
    const sent = await send(goalProblems(values, t), () => conflict.save((version) => update({ variables: { id: goal.id, version, input } })));
    if (sent) {
      setSaved(values);
      onSaved(input.title);
    }
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={ids} />
      <VersionConflict
        conflict={conflict}
        firstFieldId={ids.title}
        texts={{
          heading: t('goals.editGoal.conflictHeading'),
          gone: t('goals.editGoal.conflictGone'),
          ...(conflict.latestSavedAt ? { explain: t('goals.editGoal.conflictExplain', { at: formatDateTime(conflict.latestSavedAt, i18n.language) }) } : {}),
        }}
        renderLatest={(latest) => (
          <dl className="details details--compact">
            <div>
              <dt>{t('goals.goalForm.title')}</dt>
              <dd lang="sv">{latest.title}</dd>
            </div>
            <div>
              <dt>{t('goals.goalForm.focusArea')}</dt>
              <dd lang="sv">{latest.focusArea ?? t('goals.goalForm.noFocusArea')}</dd>
            </div>
            <div>
              <dt>{t('goals.goalForm.description')}</dt>
              <dd lang="sv" className="pre-line">
                {latest.description ?? t('common.notSet')}
              </dd>
            </div>
          </dl>
        )}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <GoalFields ids={ids} values={values} onChange={setValues} scopes={[]} errors={fieldErrors} />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('goals.editGoal.submit')} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

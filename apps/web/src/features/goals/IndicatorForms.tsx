import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Direction, isKoladaKpiId } from '@modellkommuner/shared';
import type { GoalIndicatorFragment } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { Choice, ChoiceFieldset } from '../../shared/ui/ChoiceFieldset';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { VersionConflict } from '../../shared/ui/VersionConflict';
import { useVersionConflict } from '../../shared/version-conflict';
import { useReportDirty } from './dirty-forms';
import {
  emptyIndicatorForm,
  INDICATOR_NAME_MAX,
  INDICATOR_UNIT_MAX,
  indicatorFormFrom,
  indicatorProblems,
  koladaIdOf,
  sameIndicatorForm,
  toIndicatorInput,
  type IndicatorFormValues,
} from './goal-forms';
import { directionLabel } from './goal-text';
import { pageRefetch, useGoalsPage } from './goals-page-context';
import { AddIndicatorMutation, GoalsPageQuery, KoladaKpiQuery, UpdateIndicatorMutation } from './graphql/operations';

const DIRECTIONS: readonly Direction[] = [Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER];

function indicatorFieldIds(prefix: string) {
  return {
    name: `${prefix}-name`,
    unit: `${prefix}-unit`,
    direction: `${prefix}-direction`,
    byGender: `${prefix}-by-gender`,
    koladaKpiId: `${prefix}-kolada`,
    baselinePeriod: `${prefix}-baseline`,
  };
}

/**
 * The title Kolada gives a KPI id, looked up once a whole id is typed (isKoladaKpiId): said in a polite
 * live region under the field. The saved id's title is known already and is not asked for again.
 */
function KoladaTitle({ text, saved }: { text: string; saved?: { id: string | null | undefined; title: string | null | undefined } }) {
  const { t } = useTranslation();
  const id = koladaIdOf(text);
  const valid = isKoladaKpiId(id);
  const known = valid && saved?.id === id && saved.title ? saved.title : null;
  const { data, loading, error } = useQuery(KoladaKpiQuery, { variables: { id }, skip: !valid || known !== null });
  let message: string | null = null;
  if (known) message = t('goals.indicatorForm.koladaTitle', { title: known });
  else if (valid && loading) message = t('goals.indicatorForm.koladaLooking', { id });
  else if (valid && error) message = t('goals.indicatorForm.koladaUnavailable', { id });
  else if (valid && data) {
    message = data.koladaKpi.title ? t('goals.indicatorForm.koladaTitle', { title: data.koladaKpi.title }) : t('goals.indicatorForm.koladaUnknown', { id });
  }
  return (
    <div role="status" className="kolada-title">
      {message ? (
        <p className="field__hint">
          <span lang="sv">{message}</span>
        </p>
      ) : null}
    </div>
  );
}

interface IndicatorFieldsProps {
  ids: ReturnType<typeof indicatorFieldIds>;
  values: IndicatorFormValues;
  onChange: (values: IndicatorFormValues) => void;
  errors: Record<string, string>;
  saved?: { id: string | null | undefined; title: string | null | undefined };
}

function IndicatorFields({ ids, values, onChange, errors, saved }: IndicatorFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={ids.name}
        label={t('goals.indicatorForm.name')}
        hint={t('goals.indicatorForm.nameHint')}
        required
        maxLength={INDICATOR_NAME_MAX}
        autoComplete="off"
        value={values.name}
        onChange={(name) => onChange({ ...values, name })}
        error={errors['name']}
      />
      <TextField
        id={ids.unit}
        label={t('goals.indicatorForm.unit')}
        hint={t('goals.indicatorForm.unitHint')}
        required
        maxLength={INDICATOR_UNIT_MAX}
        autoComplete="off"
        className="input--short"
        value={values.unit}
        onChange={(unit) => onChange({ ...values, unit })}
        error={errors['unit']}
      />
      <ChoiceFieldset id={ids.direction} legend={t('goals.indicatorForm.direction')} required error={errors['direction']}>
        {DIRECTIONS.map((direction) => (
          <Choice
            key={direction}
            id={`${ids.direction}-${direction}`}
            type="radio"
            name={ids.direction}
            checked={values.direction === direction}
            onChange={(checked) => {
              if (checked) onChange({ ...values, direction });
            }}
            label={directionLabel(direction, t)}
          />
        ))}
      </ChoiceFieldset>
      <ChoiceFieldset id={ids.byGender} legend={t('goals.indicatorForm.byGenderLegend')} error={errors['byGender']}>
        <Choice
          id={`${ids.byGender}-yes`}
          type="checkbox"
          name={ids.byGender}
          checked={values.byGender}
          onChange={(byGender) => onChange({ ...values, byGender })}
          label={t('goals.indicatorForm.byGender')}
          detail={t('goals.indicatorForm.byGenderDetail')}
        />
      </ChoiceFieldset>
      <TextField
        id={ids.koladaKpiId}
        label={t('goals.indicatorForm.kolada')}
        hint={t('goals.indicatorForm.koladaHint')}
        maxLength={20}
        autoComplete="off"
        spellCheck={false}
        className="input--short"
        value={values.koladaKpiId}
        onChange={(koladaKpiId) => onChange({ ...values, koladaKpiId })}
        error={errors['koladaKpiId']}
      />
      <KoladaTitle text={values.koladaKpiId} saved={saved} />
      <TextField
        id={ids.baselinePeriod}
        label={t('goals.indicatorForm.baseline')}
        hint={t('goals.indicatorForm.baselineHint')}
        maxLength={20}
        autoComplete="off"
        className="input--short"
        value={values.baselinePeriod}
        onChange={(baselinePeriod) => onChange({ ...values, baselinePeriod })}
        error={errors['baselinePeriod']}
      />
    </>
  );
}

interface AddIndicatorFormProps {
  goalId: string;
  onAdded: (name: string) => void;
  onCancel: () => void;
}

export function AddIndicatorForm({ goalId, onAdded, onCancel }: AddIndicatorFormProps) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const ids = useMemo(() => indicatorFieldIds(`new-indicator-${goalId}`), [goalId]);
  const initial = useMemo(() => emptyIndicatorForm(), []);
  const [values, setValues] = useState<IndicatorFormValues>(initial);
  const [add, { loading }] = useMutation(AddIndicatorMutation, pageRefetch(page));
  const { error, fieldErrors, send } = useFormError(ids);
  useReportDirty(`indicator:new:${goalId}`, !sameIndicatorForm(values, initial));

  useEffect(() => {
    document.getElementById(ids.name)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const input = toIndicatorInput(values);
    const sent = await send(indicatorProblems(values, t), () => add({ variables: { input: { goalId, ...input } } }));
    if (sent) onAdded(input.name);
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={ids} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <IndicatorFields ids={ids} values={values} onChange={setValues} errors={fieldErrors} />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('goals.addIndicator.submit')} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

interface EditIndicatorFormProps {
  indicator: GoalIndicatorFragment;
  onSaved: (name: string) => void;
  onCancel: () => void;
}

/** An indicator's settings, saved on top of the version read (a CONFLICT offers the newer one, nothing typed is lost). */
export function EditIndicatorForm({ indicator, onSaved, onCancel }: EditIndicatorFormProps) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const client = useApolloClient();
  const ids = useMemo(() => indicatorFieldIds(`indicator-${indicator.id}`), [indicator.id]);
  const [saved, setSaved] = useState<IndicatorFormValues>(() => indicatorFormFrom(indicator));
  const [values, setValues] = useState<IndicatorFormValues>(saved);
  const [update, { loading }] = useMutation(UpdateIndicatorMutation, pageRefetch(page));
  const { error, fieldErrors, send, clear } = useFormError(ids);
  useReportDirty(`indicator:${indicator.id}`, !sameIndicatorForm(values, saved));
  const conflict = useVersionConflict<GoalIndicatorFragment>({
    version: indicator.version,
    loadCurrent: async () => {
      const { data } = await client.query({ query: GoalsPageQuery, variables: { id: page.cohortId, code: page.organizationCode }, fetchPolicy: 'network-only' });
      return data?.cohort?.goals.flatMap((goal) => goal.indicators).find((candidate) => candidate.id === indicator.id) ?? null;
    },
    versionOf: (latest) => latest.version,
    onLoaded: clear,
    onTakeLatest: (latest) => {
      const form = indicatorFormFrom(latest);
      setSaved(form);
      setValues(form);
    },
  });

  useEffect(() => {
    document.getElementById(ids.name)?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const input = toIndicatorInput(values);
    const sent = await send(indicatorProblems(values, t), () => conflict.save((version) => update({ variables: { id: indicator.id, version, input } })));
    if (sent) {
      setSaved(values);
      onSaved(input.name);
    }
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={ids} />
      <VersionConflict
        conflict={conflict}
        firstFieldId={ids.name}
        texts={{ heading: t('goals.editIndicator.conflictHeading'), gone: t('goals.editIndicator.conflictGone') }}
        renderLatest={(latest) => (
          <p lang="sv">
            {latest.name} ({latest.unit})
          </p>
        )}
      />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <IndicatorFields ids={ids} values={values} onChange={setValues} errors={fieldErrors} saved={{ id: indicator.koladaKpiId, title: indicator.koladaKpiTitle }} />
        <div className="button-row">
          <SubmitButton busy={loading} label={t('goals.editIndicator.submit')} busyLabel={t('common.saving')} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}

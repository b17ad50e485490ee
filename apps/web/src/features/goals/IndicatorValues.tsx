import { useMemo, useState, type FormEvent } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '@modellkommuner/shared';
import type { GoalIndicatorFragment } from '../../gql/graphql';
import { localeOf } from '../../i18n/i18n';
import { toUiError } from '../../shared/errors/error-message';
import { useFormError } from '../../shared/forms';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { formatValue } from './charts';
import { useConfirmationSlot } from './confirmation-slot';
import { useReportDirty } from './dirty-forms';
import {
  cellErrorsFrom,
  sameTargetRows,
  targetField,
  targetFieldOfServer,
  targetProblems,
  targetRowsFrom,
  toTargetInputs,
  type TargetRow,
} from './goal-forms';
import { genderLabel } from './goal-text';
import { extraPeriodsOf, gridValuesOf } from './goal-view';
import { pageRefetch, useGoalsPage } from './goals-page-context';
import { useCurrentUser } from '../auth';
import { MeasurementGrid, type GridChanges } from './grid';
import { ClearMeasurementsMutation, GoalsPageQuery, RecordMeasurementsMutation, SetTargetsMutation } from './graphql/operations';
import { Missing } from './ProgressDetails';

/**
 * The page's organisation's values for an indicator: the measurement grid, editable where the viewer may
 * record for the organisation (mayRecordFor, measurementsOpen). "Spara värden" sends the typed numbers
 * (recordMeasurements) and the emptied cells (clearMeasurements), then reads the page again. A refusal
 * focuses the error summary above the grid, each cell the API names says its own problem, and the
 * page's guard knows while anything typed is unsaved.
 */
export function IndicatorValues({ indicator, headingId }: { indicator: GoalIndicatorFragment; headingId: string }) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const editable = page.permissions.mayRecord;
  const sectionId = `values-${indicator.id}`;
  // No fields of its own: a refusal focuses the summary, found from this part of the page when the sending button is not focused.
  const summaryAnchor = useMemo(() => ({ grid: sectionId }), [sectionId]);
  const { error, showError, clear } = useFormError(summaryAnchor);
  const client = useApolloClient();
  const [record] = useMutation(RecordMeasurementsMutation);
  const [clearCells] = useMutation(ClearMeasurementsMutation);
  const [saving, setSaving] = useState(false);
  const [cellErrors, setCellErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const confirmation = useConfirmationSlot(4);
  useReportDirty(`values:${indicator.id}`, editable && dirty);
  const periods = useMemo(() => extraPeriodsOf(indicator), [indicator]);
  const values = useMemo(() => gridValuesOf(indicator), [indicator]);
  const { user } = useCurrentUser();
  // What is typed in the grid outlives a reload or a lapsed session (docs/web-patterns.md, "Drafts").
  const draftKey = useMemo(
    () => (user && editable ? { form: `measurements:${indicator.id}:${page.organizationCode}`, userId: user.id } : null),
    [user, editable, indicator.id, page.organizationCode],
  );

  async function save(changes: GridChanges) {
    if (saving) return;
    setSaving(true);
    clear();
    confirmation.clear();
    setCellErrors({});
    const variables = { indicatorId: indicator.id, organizationCode: page.organizationCode };
    const set = changes.set.map(({ period, gender, value }) => ({ period, gender, value }));
    const cells = changes.clear.map(({ period, gender }) => ({ period, gender }));
    let changed = false;
    try {
      if (set.length) {
        await record({ variables: { input: { ...variables, values: set } } });
        changed = true;
      }
      if (cells.length) {
        await clearCells({ variables: { ...variables, cells } });
        changed = true;
      }
      // Then the page is read again: the grid, progress and chart show what is saved now.
      await client.refetchQueries({ include: [GoalsPageQuery] });
      confirmation.confirm(t('goals.values.saved', { name: indicator.name }), {
        body: <p>{t('goals.values.savedCounts', { set: set.length, cleared: cells.length })}</p>,
        next: t('goals.values.savedNext'),
      });
    } catch (cause) {
      setCellErrors(cellErrorsFrom(toUiError(cause, t), changes));
      showError(cause);
      // What went through before the refusal is shown as saved.
      if (changed) await client.refetchQueries({ include: [GoalsPageQuery] }).catch(() => undefined);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div id={sectionId} className="indicator__part">
      <h4 id={headingId}>{t('goals.values.heading', { organization: page.organizationName })}</h4>
      {editable ? <p className="field__hint">{t('goals.values.hint')}</p> : null}
      <ErrorSummary error={error} />
      {confirmation.element}
      <MeasurementGrid
        indicatorName={indicator.name}
        unit={indicator.unit}
        byGender={indicator.byGender}
        values={values}
        periods={periods}
        readOnly={!editable}
        saving={saving}
        onSave={(changes) => void save(changes)}
        onDirtyChange={setDirty}
        draftKey={draftKey}
        errors={cellErrors}
      />
    </div>
  );
}

/**
 * The page's organisation's targets for an indicator, one per gender (indicatorGenders: Kvinnor, Män,
 * Totalt — or Totalt only): a value and the period it is to be reached by. Those who may record edit them
 * (setTargets replaces the organisation's targets with the rows filled in); others read them.
 */
export function IndicatorTargets({ indicator, headingId }: { indicator: GoalIndicatorFragment; headingId: string }) {
  const { t, i18n } = useTranslation();
  const page = useGoalsPage();
  const locale = localeOf(i18n.language);
  return (
    <div className="indicator__part">
      <h4 id={headingId}>{t('goals.targets.heading', { organization: page.organizationName })}</h4>
      {page.permissions.mayRecord ? (
        // A new form when the genders change (by gender or not): its rows are the genders'.
        <TargetsForm key={String(indicator.byGender)} indicator={indicator} />
      ) : indicator.targets.length === 0 ? (
        <p>{t('goals.targets.none')}</p>
      ) : (
        <ul className="plain-list">
          {targetRowsFrom(indicator.byGender, indicator.targets).map((row) => {
            const target = indicator.targets.find((candidate) => candidate.gender === row.gender);
            return (
              <li key={row.gender}>
                {genderLabel(row.gender, t)}:{' '}
                {target ? t('goals.targets.readOnly', { value: formatValue(target.value, indicator.unit, { locale }), period: periodLabel(target.period) }) : <Missing />}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

function TargetsForm({ indicator }: { indicator: GoalIndicatorFragment }) {
  const { t, i18n } = useTranslation();
  const page = useGoalsPage();
  const [saved, setSaved] = useState<TargetRow[]>(() => targetRowsFrom(indicator.byGender, indicator.targets));
  const [rows, setRows] = useState<TargetRow[]>(saved);
  const [sentRows, setSentRows] = useState<TargetRow[]>([]);
  const [setTargets, { loading }] = useMutation(SetTargetsMutation, pageRefetch(page));
  const confirmation = useConfirmationSlot(4);
  const ids = useMemo(() => {
    const map: Record<string, string> = {};
    for (const row of rows) {
      for (const control of ['value', 'period'] as const) map[targetField(row.gender, control)] = `targets-${indicator.id}-${row.gender}-${control}`;
    }
    return map;
  }, [rows, indicator.id]);
  // The API names its problems `targets.<i>.value` by the order sent: the same controls, for focus and the summary's links.
  const fieldIds = useMemo(() => {
    const map: Record<string, string> = { ...ids };
    sentRows.forEach((_, index) => {
      for (const control of ['value', 'period', 'gender'] as const) {
        const field = targetFieldOfServer(`targets.${index}.${control}`, sentRows);
        const id = field ? ids[field] : undefined;
        if (id) map[`targets.${index}.${control}`] = id;
      }
    });
    return map;
  }, [ids, sentRows]);
  const { error, fieldErrors, send } = useFormError(fieldIds);
  useReportDirty(`targets:${indicator.id}`, !sameTargetRows(rows, saved));

  const errorOf = (gender: TargetRow['gender'], control: 'value' | 'period') => {
    const own = fieldErrors[targetField(gender, control)];
    if (own) return own;
    const index = sentRows.findIndex((row) => row.gender === gender);
    return index < 0 ? undefined : (fieldErrors[`targets.${index}.${control}`] ?? (control === 'value' ? fieldErrors[`targets.${index}.gender`] : undefined));
  };

  function change(gender: TargetRow['gender'], update: Partial<TargetRow>) {
    setRows((current) => current.map((row) => (row.gender === gender ? { ...row, ...update } : row)));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    confirmation.clear();
    const targets = toTargetInputs(rows, page.organizationCode);
    const filled = rows.filter((row) => row.value.trim() || row.period.trim());
    setSentRows(filled);
    const sent = await send(targetProblems(rows, indicator.targets.length > 0, t), () => setTargets({ variables: { indicatorId: indicator.id, targets } }));
    if (!sent) return;
    const now = targetRowsFrom(indicator.byGender, targets);
    setSaved(now);
    setRows(now);
    confirmation.confirm(t('goals.targets.saved', { name: indicator.name }));
  }

  return (
    <>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      {confirmation.element}
      <form className="form targets-form" noValidate onSubmit={(event) => void submit(event)}>
        <p className="field__hint">{t('goals.targets.hint')}</p>
        {rows.map((row) => {
          const gender = genderLabel(row.gender, t);
          const genderInLabel = gender.toLocaleLowerCase(i18n.language);
          return (
            <fieldset key={row.gender} className="fieldset targets-form__row">
              <legend className="fieldset__legend">{gender}</legend>
              <div className="field-pair">
                <TextField
                  id={ids[targetField(row.gender, 'value')] ?? ''}
                  label={t('goals.targets.value', { gender: genderInLabel, unit: indicator.unit })}
                  inputMode="decimal"
                  autoComplete="off"
                  className="input--short"
                  value={row.value}
                  onChange={(value) => change(row.gender, { value })}
                  error={errorOf(row.gender, 'value')}
                />
                <TextField
                  id={ids[targetField(row.gender, 'period')] ?? ''}
                  label={t('goals.targets.period', { gender: genderInLabel })}
                  autoComplete="off"
                  className="input--short"
                  value={row.period}
                  onChange={(period) => change(row.gender, { period })}
                  error={errorOf(row.gender, 'period')}
                />
              </div>
            </fieldset>
          );
        })}
        <div className="button-row">
          <SubmitButton busy={loading} label={t('goals.targets.submit')} busyLabel={t('common.saving')} />
        </div>
      </form>
    </>
  );
}

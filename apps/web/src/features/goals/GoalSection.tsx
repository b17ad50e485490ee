import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { GoalScope, periodLabel } from '@modellkommuner/shared';
import type { GoalFieldsFragment, GoalIndicatorFragment } from '../../gql/graphql';
import { useFormError } from '../../shared/forms';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { ReloadButton } from '../../shared/ui/ReloadButton';
import { Loading } from '../../shared/ui/Loading';
import { useConfirmationSlot } from './confirmation-slot';
import { EditGoalForm } from './GoalForms';
import { directionLabel, scopeLabel } from './goal-text';
import { chartTargetsOf, chartValuesOf, extraPeriodsOf, goalValueCount } from './goal-view';
import { pageRefetch, useGoalsPage } from './goals-page-context';
import { RemoveGoalMutation, RemoveIndicatorMutation } from './graphql/operations';
import { AddIndicatorForm, EditIndicatorForm } from './IndicatorForms';
import { IndicatorTargets, IndicatorValues } from './IndicatorValues';
import { ProgressDetails } from './ProgressDetails';

// The chart library (recharts) is most of the app's weight: it loads with the first chart, not with
// every page (the public pages never need it).
const IndicatorChart = lazy(() => import('./charts/IndicatorChart').then((module) => ({ default: module.IndicatorChart })));

const NO_FIELDS: Record<string, string> = {};

/** Focus goes back to a button once the form it opened has closed (when `returnLater` was called before closing). */
function useReturnFocus(open: boolean) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (!open && back.current) {
      back.current = false;
      buttonRef.current?.focus();
    }
  }, [open]);
  const returnLater = useCallback(() => {
    back.current = true;
  }, []);
  return [buttonRef, returnLater] as const;
}

interface GoalSectionProps {
  goal: GoalFieldsFragment;
  /** The goal is gone: the page says so (this section goes with it). */
  onRemoved: (title: string) => void;
}

/**
 * One goal on an organisation's page: its title, scope, focus area and description; changing and removing
 * it where the viewer may (mayEditGoal); its indicators, each with this organisation's progress, chart,
 * values and targets; and adding an indicator (mayEditIndicators).
 */
export function GoalSection({ goal, onRemoved }: GoalSectionProps) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const mayEdit = page.permissions.mayEditGoal(goal);
  const mayEditIndicators = page.permissions.mayEditIndicators(goal);
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [adding, setAdding] = useState(false);
  const [editButtonRef, returnToEdit] = useReturnFocus(mode === 'edit');
  const [addButtonRef, returnToAdd] = useReturnFocus(adding);
  const confirmation = useConfirmationSlot(3);
  const [remove, { loading: removing }] = useMutation(RemoveGoalMutation, pageRefetch(page));
  const { error, showError, clear } = useFormError(NO_FIELDS);
  const headingId = `goal-${goal.id}-heading`;
  const values = goalValueCount(goal);
  const removeQuestion = [
    t('goals.removeGoal.question', { title: goal.title }),
    goal.indicators.length > 0 ? t('goals.removeGoal.indicators', { count: goal.indicators.length }) : null,
    values > 0 ? t(goal.scope === GoalScope.SHARED ? 'goals.removeGoal.valuesShared' : 'goals.removeGoal.values', { count: values }) : null,
    t('goals.cannotUndo'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    // Focusable for the confirmation's link to it ("Gå till målet …"), which moves focus here.
    <section id={`goal-${goal.id}`} aria-labelledby={headingId} className="goal focus-target" tabIndex={-1}>
      <h2 id={headingId} className="goal__title">
        <span lang="sv">{goal.title}</span>
      </h2>
      <p className="goal__meta">
        <span className={`scope-tag scope-tag--${goal.scope.toLowerCase()}`}>{scopeLabel(goal.scope, t)}</span>
        {goal.focusArea ? (
          <span className="goal__focus">
            {t('goals.focusArea')}: <span lang="sv">{goal.focusArea}</span>
          </span>
        ) : null}
      </p>
      {goal.description ? (
        <p className="pre-line goal__description" lang="sv">
          {goal.description}
        </p>
      ) : null}
      {confirmation.element}
      <ErrorSummary error={error}>
        {error?.code === 'CONFLICT' ? <ReloadButton reload={page.reload} onReloaded={clear} label={t('goals.reload')} busyLabel={t('goals.reloading')} /> : null}
      </ErrorSummary>
      {mayEdit && mode === 'view' ? (
        <div className="button-row">
          <button
            ref={editButtonRef}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              confirmation.clear();
              clear();
              setMode('edit');
            }}
          >
            {t('goals.editGoal.open')} <span className="visually-hidden">{goal.title}</span>
          </button>
          <ConfirmAction
            label={t('goals.removeGoal.open')}
            context={goal.title}
            question={removeQuestion}
            confirmLabel={t('goals.removeGoal.confirm')}
            busy={removing}
            onConfirm={async () => {
              clear();
              try {
                await remove({ variables: { id: goal.id, version: goal.version } });
                onRemoved(goal.title);
              } catch (cause) {
                showError(cause);
              }
            }}
          />
        </div>
      ) : null}
      {mayEdit && mode === 'edit' ? (
        <section aria-label={t('goals.editGoal.heading', { title: goal.title })} className="action-panel action-panel--wide">
          <EditGoalForm
            goal={goal}
            onCancel={() => {
              returnToEdit();
              setMode('view');
            }}
            onSaved={(title) => {
              setMode('view');
              confirmation.confirm(t('goals.editGoal.saved', { title }));
            }}
          />
        </section>
      ) : null}

      {goal.indicators.length === 0 ? <p>{t('goals.noIndicators')}</p> : null}
      {goal.indicators.map((indicator) => (
        <IndicatorItem
          key={indicator.id}
          indicator={indicator}
          goalScope={goal.scope}
          mayEdit={mayEditIndicators}
          onRemoved={(name) => confirmation.confirm(t('goals.removeIndicator.removed', { name }))}
        />
      ))}

      {mayEditIndicators ? (
        adding ? (
          <section aria-labelledby={`add-indicator-${goal.id}`} className="action-panel action-panel--wide">
            <h3 id={`add-indicator-${goal.id}`}>{t('goals.addIndicator.heading', { title: goal.title })}</h3>
            <AddIndicatorForm
              goalId={goal.id}
              onCancel={() => {
                returnToAdd();
                setAdding(false);
              }}
              onAdded={(name) => {
                setAdding(false);
                confirmation.confirm(t('goals.addIndicator.added', { name }), { next: t('goals.addIndicator.next') });
              }}
            />
          </section>
        ) : (
          <p>
            <button
              ref={addButtonRef}
              type="button"
              className="button button--secondary"
              onClick={() => {
                confirmation.clear();
                setAdding(true);
              }}
            >
              {t('goals.addIndicator.open')} <span className="visually-hidden">{t('goals.addIndicator.under', { title: goal.title })}</span>
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

interface IndicatorItemProps {
  indicator: GoalIndicatorFragment;
  goalScope: GoalScope;
  mayEdit: boolean;
  onRemoved: (name: string) => void;
}

/** One indicator: its settings, and for the page's organisation its progress, chart, values and targets. */
function IndicatorItem({ indicator, goalScope, mayEdit, onRemoved }: IndicatorItemProps) {
  const { t } = useTranslation();
  const page = useGoalsPage();
  const [mode, setMode] = useState<'view' | 'edit'>('view');
  const [editButtonRef, returnToEdit] = useReturnFocus(mode === 'edit');
  const confirmation = useConfirmationSlot(4);
  const [remove, { loading: removing }] = useMutation(RemoveIndicatorMutation, pageRefetch(page));
  const { error, showError, clear } = useFormError(NO_FIELDS);
  const id = indicator.id;
  const headingId = `indicator-${id}-heading`;
  const values = indicator.valueCount;
  const removeQuestion = [
    t('goals.removeIndicator.question', { name: indicator.name }),
    values > 0 ? t(goalScope === GoalScope.SHARED ? 'goals.removeIndicator.valuesShared' : 'goals.removeIndicator.values', { count: values }) : null,
    t('goals.cannotUndo'),
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <article id={`indicator-${id}`} aria-labelledby={headingId} className="indicator">
      <h3 id={headingId} className="indicator__name">
        <span lang="sv">{indicator.name}</span>
      </h3>
      {confirmation.element}
      <dl className="details details--compact indicator__settings">
        <div>
          <dt>{t('goals.indicator.unit')}</dt>
          <dd lang="sv">{indicator.unit}</dd>
        </div>
        <div>
          <dt>{t('goals.indicator.direction')}</dt>
          <dd>{directionLabel(indicator.direction, t)}</dd>
        </div>
        <div>
          <dt>{t('goals.indicator.byGender')}</dt>
          <dd>{indicator.byGender ? t('goals.indicator.byGenderYes') : t('goals.indicator.byGenderNo')}</dd>
        </div>
        <div>
          <dt>{t('goals.indicator.kolada')}</dt>
          <dd>
            {indicator.koladaKpiId ? (
              <>
                {indicator.koladaKpiId}
                {indicator.koladaKpiTitle ? (
                  <>
                    {' – '}
                    <span lang="sv">{indicator.koladaKpiTitle}</span>
                  </>
                ) : null}
              </>
            ) : (
              t('goals.indicator.noKolada')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('goals.indicator.baseline')}</dt>
          <dd>{indicator.baselinePeriod ? periodLabel(indicator.baselinePeriod) : t('goals.indicator.noBaseline')}</dd>
        </div>
      </dl>
      <ErrorSummary error={error}>
        {error?.code === 'CONFLICT' ? <ReloadButton reload={page.reload} onReloaded={clear} label={t('goals.reload')} busyLabel={t('goals.reloading')} /> : null}
      </ErrorSummary>
      {mayEdit && mode === 'view' ? (
        <div className="button-row">
          <button
            ref={editButtonRef}
            type="button"
            className="button button--secondary button--small"
            onClick={() => {
              confirmation.clear();
              clear();
              setMode('edit');
            }}
          >
            {t('goals.editIndicator.open')} <span className="visually-hidden">{indicator.name}</span>
          </button>
          <ConfirmAction
            label={t('goals.removeIndicator.open')}
            context={indicator.name}
            question={removeQuestion}
            confirmLabel={t('goals.removeIndicator.confirm')}
            busy={removing}
            onConfirm={async () => {
              clear();
              try {
                await remove({ variables: { id, version: indicator.version } });
                onRemoved(indicator.name);
              } catch (cause) {
                showError(cause);
              }
            }}
          />
        </div>
      ) : null}
      {mayEdit && mode === 'edit' ? (
        <section aria-label={t('goals.editIndicator.heading', { name: indicator.name })} className="action-panel action-panel--wide">
          <EditIndicatorForm
            indicator={indicator}
            onCancel={() => {
              returnToEdit();
              setMode('view');
            }}
            onSaved={(name) => {
              setMode('view');
              confirmation.confirm(t('goals.editIndicator.saved', { name }));
            }}
          />
        </section>
      ) : null}

      <div className="indicator__part">
        <h4 id={`progress-${id}`}>{t('goals.progress.heading', { organization: page.organizationName })}</h4>
        <ProgressDetails progress={indicator.progress} unit={indicator.unit} byGender={indicator.byGender} />
      </div>
      <div className="indicator__part">
        <h4 id={`chart-${id}`}>{t('goals.chartHeading')}</h4>
        <Suspense fallback={<Loading />}>
          <IndicatorChart
            name={indicator.name}
            unit={indicator.unit}
            byGender={indicator.byGender}
            direction={indicator.direction}
            values={chartValuesOf(indicator)}
            targets={chartTargetsOf(indicator)}
            periods={extraPeriodsOf(indicator)}
          />
        </Suspense>
      </div>
      <IndicatorValues indicator={indicator} headingId={`values-${id}-heading`} />
      <IndicatorTargets indicator={indicator} headingId={`targets-${id}-heading`} />
    </article>
  );
}

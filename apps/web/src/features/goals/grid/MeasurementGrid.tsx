import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useDraftAutosave, useRestoredDraft, type DraftKey } from '../../../shared/draft-store';
import { RestoredDraft } from '../../../shared/ui/RestoredDraft';
import { useTranslation } from 'react-i18next';
import { indicatorGenders, parseDecimal, periodLabel, type Gender } from '@modellkommuner/shared';
import { localeOf } from '../../../i18n/i18n';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { SubmitButton } from '../../../shared/ui/SubmitButton';
import { TextField } from '../../../shared/ui/TextField';
import { formatNumber } from '../charts';
import {
  addPeriod,
  cellKey,
  cellText,
  diff,
  gridPeriods,
  isDirty,
  nextRowPeriod,
  savedByKey,
  type CellProblem,
  type GridChanges,
  type GridValue,
} from './measurement-grid';
import './MeasurementGrid.css';

export interface MeasurementGridProps {
  indicatorName: string;
  unit: string;
  byGender: boolean;
  /** The values as saved. */
  values: GridValue[];
  /** Extra rows (e.g. the baseline period). */
  periods: string[];
  /** Peers and mentors see the values without inputs. */
  readOnly?: boolean;
  saving?: boolean;
  /** The changes to send (the page sends recordMeasurements / clearMeasurements). */
  onSave(this: void, changes: GridChanges): void;
  /** Whether anything typed is unsaved, for the page's unsaved-changes guard. */
  onDirtyChange?(this: void, dirty: boolean): void;
  /**
   * Where what is typed is kept until it is saved (shared/draft-store.ts): a reload or a lapsed session
   * puts it back, with RestoredDraft's notice. No key (read-only, tests) keeps nothing.
   */
  draftKey?: DraftKey | null;
  /** Server problems keyed `${period}|${gender}`, shown by the cell (its description). */
  errors?: Record<string, string>;
}

type Move = { rows: number; columns: number };

/**
 * One organisation's values for an indicator: a table of periods × Kvinnor/Män/Totalt (Totalt only when
 * the indicator is not by gender), each cell a decimal field named "Kvinnor 2024". Arrow keys move
 * between cells (Left/Right only from the start/end of the text, so editing keeps its keys), Enter moves
 * down. "Spara värden" sends what changed; a cell that is not a number is marked and nothing is sent.
 * Read-only, the same table in plain text. An empty cell is missing ("–", "saknas"), never 0.
 */
export function MeasurementGrid({
  indicatorName,
  unit,
  byGender,
  values,
  periods,
  readOnly = false,
  saving = false,
  onSave,
  onDirtyChange,
  draftKey = null,
  errors = {},
}: MeasurementGridProps) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const id = useId();
  const captionId = `${id}-caption`;
  const newPeriodId = `${id}-new-period`;
  const genders = indicatorGenders(byGender);

  const restored = useRestoredDraft<GridDraftValues>(readOnly ? null : draftKey);
  const [draft, setDraft] = useState<Record<string, string>>(() => restoredCells(restored?.values));
  const [added, setAdded] = useState<string[]>(() => restoredPeriods(restored?.values));
  const [restoredNotice, setRestoredNotice] = useState(restored !== null);
  const [problems, setProblems] = useState<Record<string, CellProblem>>({});
  const [status, setStatus] = useState<{ text: string; problem: boolean } | null>(null);
  const [periodText, setPeriodText] = useState('');
  const [periodError, setPeriodError] = useState<string | undefined>(undefined);
  const inputs = useRef(new Map<string, HTMLInputElement>());
  const focusAfterAdd = useRef<string | null>(null);

  const saved = useMemo(() => savedByKey(values), [values]);
  const rows = useMemo(() => gridPeriods(values, periods, added), [values, periods, added]);
  const changes = useMemo(() => diff(values, draft), [values, draft]);
  const dirty = isDirty(changes);
  const draftValues = useMemo<GridDraftValues>(() => ({ cells: draft, periods: added }), [draft, added]);
  const autosave = useDraftAutosave(readOnly ? null : draftKey, draftValues, dirty);

  function discardRestored() {
    autosave.discard();
    setDraft({});
    setAdded([]);
    setRestoredNotice(false);
  }
  const next = nextRowPeriod(rows);

  // Tell the page when the grid becomes dirty or clean (the callback itself may change every render).
  const onDirtyChangeRef = useRef(onDirtyChange);
  useEffect(() => {
    onDirtyChangeRef.current = onDirtyChange;
  });
  useEffect(() => {
    onDirtyChangeRef.current?.(dirty);
  }, [dirty]);

  // After a row is added, its first cell takes focus.
  useEffect(() => {
    const key = focusAfterAdd.current;
    if (!key) return;
    focusAfterAdd.current = null;
    inputs.current.get(key)?.focus();
  }, [rows]);

  const caption = (
    <>
      <span lang="sv">{unit.trim() ? `${indicatorName} (${unit.trim()})` : indicatorName}</span>: {t('goalsCharts.grid.caption')}
    </>
  );
  const cellLabel = (period: string, gender: Gender) => t('goalsCharts.grid.cellLabel', { gender: t(`goalsCharts.gender.${gender}`), period: periodLabel(period) });
  const cellId = (period: string, gender: Gender) => `${id}-${period}-${gender}`;

  function focusCell(period: string, gender: Gender, move: Move): boolean {
    const row = rows.indexOf(period) + move.rows;
    const column = genders.indexOf(gender) + move.columns;
    if (row < 0 || row >= rows.length || column < 0 || column >= genders.length) return false;
    const input = inputs.current.get(cellKey(rows[row], genders[column]));
    if (!input) return false;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
    return true;
  }

  function onCellKeyDown(event: KeyboardEvent<HTMLInputElement>, period: string, gender: Gender) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const input = event.currentTarget;
    const { value, selectionStart, selectionEnd } = input;
    const caretAt = (position: number) => selectionStart === position && selectionEnd === position;
    if (event.key === 'Enter') {
      // Enter moves down (Shift+Enter up), as in a spreadsheet; it never sends the form.
      event.preventDefault();
      focusCell(period, gender, { rows: event.shiftKey ? -1 : 1, columns: 0 });
      return;
    }
    if (event.shiftKey) return; // Shift+arrow selects text.
    let move: Move | null = null;
    if (event.key === 'ArrowUp') move = { rows: -1, columns: 0 };
    else if (event.key === 'ArrowDown') move = { rows: 1, columns: 0 };
    else if (event.key === 'ArrowLeft' && (value === '' || caretAt(0))) move = { rows: 0, columns: -1 };
    else if (event.key === 'ArrowRight' && (value === '' || caretAt(value.length))) move = { rows: 0, columns: 1 };
    if (move && focusCell(period, gender, move)) event.preventDefault();
  }

  function change(key: string, text: string) {
    setDraft((current) => ({ ...current, [key]: text }));
    setStatus(null);
    if (key in problems) {
      setProblems((current) => Object.fromEntries(Object.entries(current).filter(([problemKey]) => problemKey !== key)));
    }
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const firstProblem = rows.flatMap((period) => genders.map((gender) => cellKey(period, gender))).find((key) => key in changes.problems);
    if (Object.keys(changes.problems).length > 0) {
      // Nothing is sent while a cell is not a number: the first such cell takes focus, its error its description.
      setProblems(changes.problems);
      setStatus({ text: t('goalsCharts.grid.fixCells'), problem: true });
      if (firstProblem) inputs.current.get(firstProblem)?.focus();
      return;
    }
    setProblems({});
    if (changes.set.length === 0 && changes.clear.length === 0) {
      setStatus({ text: t('goalsCharts.grid.noChanges'), problem: false });
      return;
    }
    setStatus(null);
    onSave({ set: changes.set, clear: changes.clear });
  }

  function add(text: string) {
    const outcome = addPeriod(rows, text);
    if ('problem' in outcome) {
      setPeriodError(
        outcome.problem === 'FORMAT' ? t('goalsCharts.grid.periodFormat') : t('goalsCharts.grid.periodDuplicate', { period: periodLabel(outcome.period ?? text) }),
      );
      document.getElementById(newPeriodId)?.focus();
      return;
    }
    setAdded((current) => [...current, outcome.period]);
    setPeriodText('');
    setPeriodError(undefined);
    focusAfterAdd.current = cellKey(outcome.period, genders[0]);
  }

  const table =
    rows.length === 0 ? (
      <p className="measurement-grid__empty">{readOnly ? t('goalsCharts.chart.noValues') : t('goalsCharts.grid.noRows')}</p>
    ) : (
      // Scrolls sideways inside itself if it is wider than the screen (never the page). Read-only it holds
      // nothing focusable, so it is focusable itself, for the keyboard to scroll it.
      <div
        className="measurement-grid__wrapper"
        role={readOnly ? 'region' : undefined}
        aria-labelledby={readOnly ? captionId : undefined}
        tabIndex={readOnly ? 0 : undefined}
      >
        <table className="measurement-grid__table">
          <caption id={captionId}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('goalsCharts.grid.period')}</th>
              {genders.map((gender) => (
                <th key={gender} scope="col">
                  {t(`goalsCharts.gender.${gender}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((period) => (
              <tr key={period}>
                <th scope="row">{periodLabel(period)}</th>
                {genders.map((gender) => {
                  const key = cellKey(period, gender);
                  const savedValue = saved.get(key);
                  const text = cellText(saved, draft, key);
                  // The marker tells where the saved value came from; once typed over, it no longer applies.
                  const fromKolada = savedValue?.source === 'KOLADA' && (!(key in draft) || parseDecimal(draft[key]) === savedValue.value);
                  const markerId = `${cellId(period, gender)}-source`;
                  const marker = fromKolada ? (
                    <span id={markerId} className="measurement-grid__source">
                      {t('goalsCharts.grid.kolada')}
                    </span>
                  ) : null;
                  if (readOnly) {
                    return (
                      <td key={gender} className="measurement-grid__value">
                        {savedValue ? (
                          formatNumber(savedValue.value, { locale })
                        ) : (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('goalsCharts.missing')}</span>
                          </>
                        )}
                        {marker}
                      </td>
                    );
                  }
                  const messages = [key in problems ? t('goalsCharts.grid.notANumber') : null, errors[key] ?? null].filter((message): message is string => !!message);
                  const errorId = `${cellId(period, gender)}-error`;
                  const describedBy = [marker ? markerId : null, messages.length ? errorId : null].filter(Boolean).join(' ') || undefined;
                  return (
                    <td key={gender} className={messages.length ? 'measurement-grid__cell measurement-grid__cell--error' : 'measurement-grid__cell'}>
                      <input
                        ref={(element) => {
                          if (element) inputs.current.set(key, element);
                          else inputs.current.delete(key);
                        }}
                        id={cellId(period, gender)}
                        name={key}
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="measurement-grid__input"
                        aria-label={cellLabel(period, gender)}
                        aria-describedby={describedBy}
                        aria-invalid={messages.length ? true : undefined}
                        value={text}
                        onChange={(event) => change(key, event.target.value)}
                        onKeyDown={(event) => onCellKeyDown(event, period, gender)}
                      />
                      {marker}
                      {messages.length ? (
                        <p id={errorId} className="measurement-grid__error">
                          {messages.join(' ')}
                        </p>
                      ) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  if (readOnly) return <div className="measurement-grid">{table}</div>;

  return (
    <form className="measurement-grid" onSubmit={save} noValidate>
      {restoredNotice && dirty ? <RestoredDraft afterSessionEnded={restored?.afterSessionEnded ?? false} onDiscard={discardRestored} /> : null}
      {table}
      <div className="button-row measurement-grid__save">
        <SubmitButton busy={saving} label={t('goalsCharts.grid.save')} busyLabel={t('common.saving')} />
      </div>
      {/* A problem reads as one (error colour), "nothing to save" as a quiet remark; neither as a success. */}
      <StatusMessage className={status?.problem ? 'status-region measurement-grid__status measurement-grid__status--problem' : 'status-region status-region--quiet measurement-grid__status'}>
        {status?.text}
      </StatusMessage>
      <div className="measurement-grid__add">
        <TextField
          id={newPeriodId}
          label={t('goalsCharts.grid.newPeriod')}
          hint={t('goalsCharts.grid.newPeriodHint')}
          error={periodError}
          value={periodText}
          autoComplete="off"
          className="measurement-grid__period-input"
          onChange={(text) => {
            setPeriodText(text);
            setPeriodError(undefined);
          }}
          onKeyDown={(event) => {
            // Enter adds the period; it does not send the values.
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add(periodText);
          }}
        />
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => add(periodText)}>
            {t('goalsCharts.grid.addPeriod')}
          </button>
          {next ? (
            <button type="button" className="button button--secondary" onClick={() => add(next)}>
              {t('goalsCharts.grid.addNextPeriod', { period: periodLabel(next) })}
            </button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

/** What the grid keeps as its draft: the cells typed in (their text) and the periods added. */
interface GridDraftValues {
  cells: Record<string, string>;
  periods: string[];
}

/** A stored draft's cells, only if they are what the grid wrote (a draft is data from storage, not trusted). */
function restoredCells(values: GridDraftValues | undefined): Record<string, string> {
  const cells = values?.cells;
  if (!cells || typeof cells !== 'object') return {};
  return Object.fromEntries(Object.entries(cells).filter(([key, text]) => typeof key === 'string' && typeof text === 'string'));
}

function restoredPeriods(values: GridDraftValues | undefined): string[] {
  return Array.isArray(values?.periods) ? values.periods.filter((period): period is string => typeof period === 'string') : [];
}

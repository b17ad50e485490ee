import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isEmail, PASSWORD_MIN_LENGTH } from '@modellkommuner/shared';
import { fieldMessages, toUiError, validationError, type FieldProblem, type UiError } from './errors/error-message';

export function emailProblem(field: string, value: string, t: TFunction): FieldProblem[] {
  if (!value.trim()) return [{ field, message: t('validation.emailRequired') }];
  if (!isEmail(value)) return [{ field, message: t('validation.emailInvalid') }];
  return [];
}

export function requiredProblem(field: string, value: string, message: string): FieldProblem[] {
  return value.trim() ? [] : [{ field, message }];
}

/** A new password, typed twice: the API's rule (at least PASSWORD_MIN_LENGTH characters), checked before sending. */
export function newPasswordProblems(
  fields: { password: string; repeat: string },
  values: { password: string; repeat: string },
  t: TFunction,
): FieldProblem[] {
  if (!values.password) return [{ field: fields.password, message: t('validation.passwordRequired') }];
  if (values.password.length < PASSWORD_MIN_LENGTH) {
    return [{ field: fields.password, message: t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH }) }];
  }
  if (values.password !== values.repeat) return [{ field: fields.repeat, message: t('validation.passwordMismatch') }];
  return [];
}

function focusById(id: string | undefined) {
  if (id) document.getElementById(id)?.focus();
}

/**
 * The error summary (ErrorSummary's `.alert-region`, always in the page) that belongs to the control
 * that sent a form: the first summary before it in the nearest enclosing element that has one before
 * it — SubmitForm, ReasonForm and the forms built like them put their summary just above the form
 * (a version-conflict notice's own summary, further down, is not taken) — else the first one after it
 * there (a table section's summary below its rows). Read when the error arrives, while the control is
 * still in the page; the region itself stays when the control goes (a closed confirmation).
 */
export function summaryRegionFor(control: Element | null): HTMLElement | null {
  if (!control || control === document.body) return null;
  for (let scope = control.parentElement; scope; scope = scope.parentElement) {
    const regions = [...scope.querySelectorAll<HTMLElement>('.alert-region')].filter((region) => !region.contains(control));
    const before = regions.find((region) => region.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (before) return before;
    if (regions[0]) return regions[0];
  }
  return null;
}

/** The page's one error summary, when it has only one (nothing else says which is meant). */
function onlySummaryRegion(): HTMLElement | null {
  const regions = document.querySelectorAll<HTMLElement>('.alert-region');
  return regions.length === 1 ? (regions[0] ?? null) : null;
}

/**
 * Moves focus to the summary shown in a region and scrolls it into view (a phone's screen holds the
 * form's end, not its summary); the summary is focusable for this only (tabindex -1).
 */
export function focusSummary(region: HTMLElement | null): boolean {
  const summary = region?.querySelector<HTMLElement>('.error-summary');
  if (!summary) return false;
  summary.setAttribute('tabindex', '-1');
  summary.focus({ preventScroll: true });
  // Centred, like a confirmation: content above that arrives a moment later (a refetched list, the unread
  // count) must not push it off the screen. jsdom has no layout and no scrollIntoView.
  summary.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * A form's error state: client-side problems and server errors in one shape, with the field
 * messages to show next to each control. Focus follows what the user has to read next: the first
 * field that needs fixing when the problems are the fields' (found before sending, or named by the
 * API), else the error summary, scrolled into view (docs/web-patterns.md, "Every answer is seen").
 */
export function useFormError(fieldIds: Record<string, string>) {
  const { t } = useTranslation();
  const [error, setError] = useState<UiError | null>(null);
  // The summary to focus once the error is rendered in it, and a counter that asks for it.
  const summaryRegion = useRef<HTMLElement | null>(null);
  const [summaryFocusRequest, setSummaryFocusRequest] = useState(0);

  useEffect(() => {
    if (summaryFocusRequest === 0) return;
    focusSummary(summaryRegion.current);
    summaryRegion.current = null;
  }, [summaryFocusRequest]);

  /** Shows the problems found before sending; true when there were any (the form must not be sent). */
  const rejectInvalid = useCallback(
    (problems: FieldProblem[]) => {
      const invalid = validationError(problems, t);
      setError(invalid);
      if (invalid) focusById(fieldIds[invalid.fields[0]?.field ?? '']);
      return invalid !== null;
    },
    [fieldIds, t],
  );

  const showError = useCallback(
    (cause: unknown) => {
      const shown = toUiError(cause, t);
      setError(shown);
      const field = document.getElementById(fieldIds[shown.fields.find((problem) => fieldIds[problem.field])?.field ?? ''] ?? '');
      if (field) {
        field.focus();
        return;
      }
      // The control that sent the form (still focused), else the form's first field, leads to the summary.
      const firstField = Object.values(fieldIds).map((id) => document.getElementById(id)).find(Boolean) ?? null;
      summaryRegion.current = summaryRegionFor(document.activeElement) ?? summaryRegionFor(firstField) ?? onlySummaryRegion();
      setSummaryFocusRequest((count) => count + 1);
    },
    [fieldIds, t],
  );

  const clear = useCallback(() => setError(null), []);

  /**
   * Sends a form the one way every form here does: the problems found before sending are shown (and
   * nothing is sent), else the last error goes, `action` runs and a rejection is shown. True when it went through.
   */
  const send = useCallback(
    async (problems: FieldProblem[], action: () => Promise<unknown>) => {
      if (rejectInvalid(problems)) return false;
      try {
        await action();
        return true;
      } catch (cause) {
        showError(cause);
        return false;
      }
    },
    [rejectInvalid, showError],
  );

  const fieldErrors = useMemo(() => fieldMessages(error), [error]);
  return { error, fieldErrors, rejectInvalid, showError, clear, send };
}

const NO_FIELDS: Record<string, string> = {};

/**
 * An action on a page (a button in a table row, not a form): what it did, said in a polite status
 * message, or why it failed, in an error summary. `run` clears both, acts, and says one of them.
 */
export function useActionFeedback() {
  const [status, setStatus] = useState<string | null>(null);
  const { error, showError, clear } = useFormError(NO_FIELDS);

  const run = useCallback(
    async (action: () => Promise<unknown>, success: string) => {
      setStatus(null);
      clear();
      try {
        await action();
        setStatus(success);
        return true;
      } catch (cause) {
        showError(cause);
        return false;
      }
    },
    [clear, showError],
  );

  return { status, setStatus, error, run };
}

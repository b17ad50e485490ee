import { useCallback, useMemo, useState } from 'react';
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
 * A form's error state: client-side problems and server errors in one shape, with the field
 * messages to show next to each control and focus moved to the first field that needs fixing.
 */
export function useFormError(fieldIds: Record<string, string>) {
  const { t } = useTranslation();
  const [error, setError] = useState<UiError | null>(null);

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
      focusById(fieldIds[shown.fields.find((problem) => fieldIds[problem.field])?.field ?? '']);
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

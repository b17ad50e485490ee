import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { requiredProblem, useFormError } from '../forms';
import { ErrorSummary } from './ErrorSummary';
import { SubmitButton } from './SubmitButton';
import { TextAreaField } from './TextAreaField';

interface ReasonFormProps {
  id: string;
  /** What is about to happen, read before the reason field (a question or a warning). */
  intro?: ReactNode;
  label: string;
  hint?: string;
  /** The message when the reason is required and left empty; omit when a reason is optional. */
  requiredMessage?: string;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** Does the thing; a rejection is shown in the form (the API's message, field errors by the field). */
  onSubmit: (reason: string) => Promise<unknown>;
  onCancel: () => void;
  /** Offered inside the error summary when the API answers CONFLICT (e.g. reload stale data). */
  conflictAction?: ReactNode;
  danger?: boolean;
}

/**
 * An action that asks why before it acts (cancel a cohort, withdraw a mentee, cancel a meeting, mark a
 * mentor). Focus goes to the reason field when the form opens; "Avbryt" closes it without acting.
 */
export function ReasonForm({
  id,
  intro,
  label,
  hint,
  requiredMessage,
  submitLabel,
  busyLabel,
  busy,
  onSubmit,
  onCancel,
  conflictAction,
  danger = false,
}: ReasonFormProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const fieldIds = useMemo(() => ({ reason: id }), [id]);
  const { error, fieldErrors, send } = useFormError(fieldIds);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    field.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    await send(requiredMessage ? requiredProblem('reason', reason, requiredMessage) : [], () => onSubmit(reason.trim()));
  }

  return (
    <div className={danger ? 'action-panel action-panel--danger' : 'action-panel'}>
      <ErrorSummary error={error} fieldIds={fieldIds}>
        {error?.code === 'CONFLICT' ? conflictAction : null}
      </ErrorSummary>
      <form noValidate onSubmit={(event) => void submit(event)}>
        {intro ? <div className="action-panel__intro">{intro}</div> : null}
        <TextAreaField
          ref={field}
          id={id}
          name="reason"
          label={label}
          hint={hint}
          required={Boolean(requiredMessage)}
          maxLength={2000}
          value={reason}
          onChange={setReason}
          error={fieldErrors['reason']}
        />
        <div className="button-row">
          <SubmitButton busy={busy} label={submitLabel} busyLabel={busyLabel} />
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}

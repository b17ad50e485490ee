import type { ReactNode } from 'react';
import type { UiError } from '../errors/error-message';
import { ErrorSummary } from './ErrorSummary';
import { SubmitButton } from './SubmitButton';

interface SubmitFormProps {
  /** What went wrong last (client-side problems or the API's answer), from `useFormError`. */
  error: UiError | null;
  /** Field name → control id, for the summary's links to the fields. */
  fieldIds: Record<string, string>;
  busy: boolean;
  submitLabel: string;
  busyLabel: string;
  /** Sends the form; not called again while `busy`. */
  onSubmit: () => Promise<unknown>;
  /** Shown between the error summary and the form (e.g. what to do about the error). */
  lead?: ReactNode;
  /** The fields. */
  children: ReactNode;
}

/**
 * A form as every form page here has it: the error summary, then the form (the browser's own
 * validation off: the fields say what is wrong in their own words), its fields and the submit button.
 * A second press while it is being sent does nothing (the button stays focusable, see SubmitButton).
 */
export function SubmitForm({ error, fieldIds, busy, submitLabel, busyLabel, onSubmit, lead, children }: SubmitFormProps) {
  return (
    <>
      <ErrorSummary error={error} fieldIds={fieldIds} />
      {lead}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void onSubmit();
        }}
      >
        {children}
        <div className="button-row">
          <SubmitButton busy={busy} label={submitLabel} busyLabel={busyLabel} />
        </div>
      </form>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a control says about itself to assistive technology: its hint and error, whether it is wrong, whether it is needed. */
export interface ControlAria {
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

interface FieldDescriptionProps {
  /** The control's (or group's) id: the hint and the error are `<id>-hint` and `<id>-error`. */
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}

/** The ids that describe a control: its hint, then its error (undefined when it has neither). */
export function describedByOf({ id, hint, error }: FieldDescriptionProps): string | undefined {
  return [hint ? `${id}-hint` : undefined, error ? `${id}-error` : undefined].filter(Boolean).join(' ') || undefined;
}

/** A field's hint and error message, with the ids `describedByOf` points to. */
export function FieldDescription({ id, hint, error }: FieldDescriptionProps) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </>
  );
}

/** " (obligatoriskt)" after a label or legend of a field that must be filled in. */
export function RequiredMark({ required }: { required: boolean }) {
  const { t } = useTranslation();
  return required ? <span className="field__required"> {t('common.required')}</span> : null;
}

interface FieldShellProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required: boolean;
  /** Renders the control, given the ARIA attributes that tie it to its hint and error (spread them on the control). */
  children: (aria: ControlAria) => ReactNode;
}

/** Label, hint and error around one form control, wired with `for` and `aria-describedby`. */
export function FieldShell({ id, label, error, hint, required, children }: FieldShellProps) {
  const aria: ControlAria = {
    'aria-describedby': describedByOf({ id, hint, error }),
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
  };
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        <RequiredMark required={required} />
      </label>
      <FieldDescription id={id} hint={hint} error={error} />
      {children(aria)}
    </div>
  );
}

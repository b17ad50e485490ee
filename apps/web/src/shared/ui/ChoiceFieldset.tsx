import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ChoiceFieldsetProps {
  /** The fieldset's id: an error summary links here (focus goes to the first choice). */
  id: string;
  legend: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  children: ReactNode;
}

/**
 * A group of radio buttons or checkboxes: legend, hint and error announced with the group. `tabIndex`
 * -1 lets an error summary move focus to the group itself.
 */
export function ChoiceFieldset({ id, legend, error, hint, required = false, children }: ChoiceFieldsetProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'choices field--error' : 'choices'} aria-describedby={describedBy}>
      <legend className="field__label">
        {legend}
        {required ? <span className="field__required"> {t('common.required')}</span> : null}
      </legend>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

interface ChoiceProps {
  id: string;
  type: 'radio' | 'checkbox';
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  /** More about the choice, read after its label. */
  detail?: ReactNode;
}

export function Choice({ id, type, name, checked, onChange, label, detail }: ChoiceProps) {
  const detailId = detail ? `${id}-detail` : undefined;
  return (
    <div className="choice">
      <input id={id} type={type} name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={detailId} />
      <label htmlFor={id} className="choice__label">
        {label}
      </label>
      {detail ? (
        <span id={detailId} className="choice__detail">
          {detail}
        </span>
      ) : null}
    </div>
  );
}

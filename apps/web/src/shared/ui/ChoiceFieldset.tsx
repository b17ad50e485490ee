import type { ReactNode } from 'react';
import { describedByOf, FieldDescription, RequiredMark } from './FieldShell';

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
  return (
    <fieldset id={id} tabIndex={-1} className={error ? 'choices field--error' : 'choices'} aria-describedby={describedByOf({ id, hint, error })}>
      <legend className="field__label">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <FieldDescription id={id} hint={hint} error={error} />
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

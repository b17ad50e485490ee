import type { InputHTMLAttributes, Ref } from 'react';
import { FieldShell } from './FieldShell';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'required'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ id, label, value, onChange, error, hint, required = false, type = 'text', ref, ...rest }: TextFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <input
          {...rest}
          ref={ref}
          id={id}
          name={rest.name ?? id}
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
        />
      )}
    </FieldShell>
  );
}

import type { ReactNode, SelectHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange' | 'required'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
}

export function SelectField({ id, label, value, onChange, children, error, hint, required = false, ...rest }: SelectFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <select
          {...rest}
          id={id}
          name={rest.name ?? id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}

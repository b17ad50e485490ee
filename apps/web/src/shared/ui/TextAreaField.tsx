import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldShell } from './FieldShell';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'required'> {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextAreaField({ id, label, value, onChange, error, hint, required = false, rows = 3, ref, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell id={id} label={label} error={error} hint={hint} required={required}>
      {(aria) => (
        <textarea
          {...rest}
          ref={ref}
          id={id}
          name={rest.name ?? id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...aria}
        />
      )}
    </FieldShell>
  );
}

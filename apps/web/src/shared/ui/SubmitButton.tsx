interface SubmitButtonProps {
  busy: boolean;
  label: string;
  busyLabel: string;
}

/**
 * Stays focusable while the form is being sent (a disabled button would drop keyboard focus);
 * the form's submit handler ignores a second press while `busy`.
 */
export function SubmitButton({ busy, label, busyLabel }: SubmitButtonProps) {
  return (
    <button type="submit" className="button" aria-disabled={busy ? true : undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}

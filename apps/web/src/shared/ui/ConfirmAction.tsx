import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** Visible text of the first button, e.g. "Inaktivera". */
  label: string;
  /** Said after the label to screen readers only, so that twenty "Inaktivera" buttons differ. */
  context: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  onConfirm: () => Promise<void>;
}

/** A destructive action in two steps: the button asks, the answer acts. Focus follows each step. */
export function ConfirmAction({ label, context, question, confirmLabel, busy = false, onConfirm }: ConfirmActionProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const questionId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [confirming]);

  if (!confirming) {
    return (
      <button ref={trigger} type="button" className="button button--secondary button--small" onClick={() => setConfirming(true)}>
        {label} <span className="visually-hidden">{context}</span>
      </button>
    );
  }
  return (
    <div role="group" aria-labelledby={questionId} className="confirm">
      <p id={questionId} className="confirm__question">
        {question}
      </p>
      <div className="button-row">
        <button
          ref={confirmButton}
          type="button"
          className="button button--danger button--small"
          disabled={busy}
          onClick={() => {
            void onConfirm().finally(() => setConfirming(false));
          }}
        >
          {confirmLabel}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => {
            returnFocus.current = true;
            setConfirming(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface AskFirstProps {
  /** "Vill du lämna in rapporten för granskning?": names the group. */
  question: string;
  /** What the step means, one line each: the answer button reads them as its description. */
  means: readonly string[];
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Asked before a step that cannot be taken back (docs/web-patterns.md, "A check before what cannot be
 * undone"): the question, what it means, and the answer focused and
 * described by that list. "Avbryt" closes it; the caller returns focus to the button that asked.
 */
export function AskFirst({ question, means, confirmLabel, busyLabel, busy, onConfirm, onCancel }: AskFirstProps) {
  const { t } = useTranslation();
  const questionId = useId();
  const meaningId = useId();
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    confirm.current?.focus();
  }, []);

  return (
    <div role="group" aria-labelledby={questionId} className="action-panel">
      <p id={questionId} className="action-panel__question">
        <strong>{question}</strong>
      </p>
      <ul id={meaningId}>
        {means.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="button-row">
        <button
          ref={confirm}
          type="button"
          className="button"
          aria-describedby={meaningId}
          aria-disabled={busy ? true : undefined}
          onClick={() => {
            if (!busy) onConfirm();
          }}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

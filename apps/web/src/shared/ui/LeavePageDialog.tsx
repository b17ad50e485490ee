import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import './LeavePageDialog.css';

interface LeavePageDialogProps {
  /** The question: "Du har osparade ändringar. Lämna sidan ändå?" */
  question: string;
  /** Stay on the page (the default: it has focus, and Escape chooses it). */
  onStay: () => void;
  onLeave: () => void;
}

/**
 * The unsaved-changes guard's question (shared/unsaved-changes.tsx), as a modal dialog: the page
 * behind it is inert, focus starts on "Stanna kvar", Escape stays, and focus goes back to where it
 * was when the user stays. Shown while mounted.
 */
export function LeavePageDialog({ question, onStay, onLeave }: LeavePageDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const stay = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // showModal makes the rest of the page inert; where it is missing (older browsers, jsdom) the dialog is still shown.
    if (typeof element.showModal === 'function') {
      if (!element.open) element.showModal();
    } else {
      element.setAttribute('open', '');
    }
    stay.current?.focus();
    return () => {
      if (typeof element.close === 'function' && element.open) element.close();
      // Back to where the user was, unless the page has moved focus somewhere else meanwhile.
      const lost = !document.activeElement || document.activeElement === document.body || element.contains(document.activeElement);
      if (lost && returnTo?.isConnected) returnTo.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className="leave-dialog"
      aria-labelledby={questionId}
      onCancel={(event) => {
        // Escape: stay (the dialog closes when the guard unmounts it).
        event.preventDefault();
        onStay();
      }}
    >
      <h2 id={questionId} className="leave-dialog__question">
        {question}
      </h2>
      <div className="button-row">
        <button ref={stay} type="button" className="button" onClick={onStay}>
          {t('unsavedChanges.stay')}
        </button>
        <button type="button" className="button button--secondary" onClick={onLeave}>
          {t('unsavedChanges.leave')}
        </button>
      </div>
    </dialog>
  );
}

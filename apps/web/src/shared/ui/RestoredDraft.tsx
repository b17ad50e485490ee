import { useTranslation } from 'react-i18next';
import { ConfirmAction } from './ConfirmAction';
import './RestoredDraft.css';

interface RestoredDraftProps {
  /** The draft was written before the session ended (draft-store's `afterSessionEnded`). */
  afterSessionEnded: boolean;
  /**
   * Throws the restored text away (asked first): the form goes back to what is saved, drops the
   * draft (`useDraftAutosave().discard`) and moves focus to its first field.
   */
  onDiscard: () => void;
}

/**
 * Said at the top of a form that has put a draft back (shared/draft-store.ts): "Vi har återställt det
 * du skrev innan du loggades ut.", with the way to throw it away.
 */
export function RestoredDraft({ afterSessionEnded, onDiscard }: RestoredDraftProps) {
  const { t } = useTranslation();
  return (
    <div className="notice restored-draft">
      <p>{afterSessionEnded ? t('draft.restoredAfterLogin') : t('draft.restored')}</p>
      <ConfirmAction
        label={t('draft.discard')}
        context=""
        question={t('draft.discardQuestion')}
        confirmLabel={t('draft.discardConfirm')}
        onConfirm={() => {
          onDiscard();
          return Promise.resolve();
        }}
      />
    </div>
  );
}

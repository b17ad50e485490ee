import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../errors/error-message';
import { formatDateTime } from '../format';
import type { VersionConflictState } from '../version-conflict';
import { ConfirmAction } from './ConfirmAction';
import { ErrorSummary } from './ErrorSummary';
import { StatusMessage } from './StatusMessage';

/** The texts that name what is edited ("Someone else has saved the example"); the rest are the shared ones. */
export interface VersionConflictTexts {
  heading?: string;
  /** Said when the record is gone (or no longer visible) as the newer version is fetched. */
  gone?: string;
  /**
   * What was fetched and what the choice is, in the form's own words ("Någon annan sparade arbetsgruppen
   * …"); without it the shared sentence, which names the newer version's time when the record has one.
   */
  explain?: string;
}

interface VersionConflictProps<T> {
  /** From `useVersionConflict` (shared/version-conflict.ts, which shows how a form adopts both). */
  conflict: VersionConflictState<T>;
  /** Where focus goes once the user has chosen: the form's first field. */
  firstFieldId?: string;
  texts?: VersionConflictTexts;
  /** Added to the notice's classes, for a page's own spacing. */
  className?: string;
  /**
   * Shows the newer version inside the notice (a list of people, a name and dates), so that the user
   * sees what they choose between before choosing; a long text (the example editor's) leaves it out.
   */
  renderLatest?: (latest: T) => ReactNode;
}

/**
 * What a form shows after a save was refused as CONFLICT, placed right after its error summary (which
 * says the API's message): a button that fetches the newer version; then what was fetched (its time
 * when the record has one, and the record itself when the form shows it: `renderLatest`), with the
 * choice to keep one's own text (the next save goes on top of the newer version) or to take the newer
 * version (asked first: the unsaved text is lost). Nothing of the user's text
 * goes without them choosing so. Renders nothing visible until there is a conflict, but keeps its
 * live regions in the page so that what happens is announced.
 */
export function VersionConflict<T>({ conflict, firstFieldId, texts = {}, className, renderLatest }: VersionConflictProps<T>) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const notice = useRef<HTMLElement>(null);
  const { latest, latestVersion, latestSavedAt } = conflict;

  // The newer version arrived: the choice is what the user needs next.
  useEffect(() => {
    if (latest) notice.current?.focus();
  }, [latest]);

  const loadError: UiError | null =
    conflict.loadError === 'gone' ? { code: 'NOT_FOUND', message: texts.gone ?? t('versionConflict.gone'), fields: [] } : conflict.loadError;

  function focusForm() {
    if (firstFieldId) document.getElementById(firstFieldId)?.focus();
  }

  return (
    <>
      <StatusMessage>{conflict.outcome ? t(`versionConflict.${conflict.outcome}`) : null}</StatusMessage>
      {conflict.stale && !latest ? (
        <p>
          <button
            type="button"
            className="button button--secondary button--small"
            aria-disabled={conflict.loading ? true : undefined}
            onClick={() => void conflict.loadLatest()}
          >
            {conflict.loading ? t('versionConflict.reloading') : t('versionConflict.reload')}
          </button>
        </p>
      ) : null}
      {conflict.stale ? <ErrorSummary error={loadError} /> : null}
      {latest ? (
        <section ref={notice} tabIndex={-1} aria-labelledby={headingId} className={['notice', 'version-conflict', className].filter(Boolean).join(' ')}>
          <h2 id={headingId}>{texts.heading ?? t('versionConflict.heading')}</h2>
          <p>
            {texts.explain ??
              (latestSavedAt
                ? t('versionConflict.explain', { version: latestVersion, at: formatDateTime(latestSavedAt, i18n.language) })
                : t('versionConflict.explainLatest'))}
          </p>
          {renderLatest ? <div className="version-conflict__latest">{renderLatest(latest)}</div> : null}
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => {
                conflict.keepMine();
                focusForm();
              }}
            >
              {t('versionConflict.keepMine')}
            </button>
            <ConfirmAction
              label={t('versionConflict.useLatest')}
              context=""
              question={t('versionConflict.useLatestQuestion')}
              confirmLabel={t('versionConflict.useLatestConfirm')}
              onConfirm={() => {
                conflict.takeLatest();
                focusForm();
                return Promise.resolve();
              }}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiError } from '../errors/error-message';
import { ServerOriginal } from '../errors/ServerOriginal';

interface ErrorSummaryProps {
  error: UiError | null;
  /** Form field name (as the API names it) → the id of its control, to link each message to its field. */
  fieldIds?: Record<string, string>;
  /**
   * Called when a field's link is followed, before focus moves to the field: e.g. a wizard first shows
   * the step where the field is. Return true when it has taken care of focus itself (the field is not
   * rendered yet); then the summary does not move focus. Given this, every field's message is a link,
   * also a field without an entry in `fieldIds`.
   */
  onFieldLink?: (field: string) => boolean | void;
  /** What the user can do about it, shown inside the summary (e.g. a button that reloads stale data). */
  children?: ReactNode;
}

/**
 * What went wrong, announced at once (role="alert"): the server's message, or for invalid input a
 * list of the fields' messages, each a link that moves focus to its field (after `onFieldLink`, if
 * given, has shown it).
 */
export function ErrorSummary({ error, fieldIds = {}, onFieldLink, children }: ErrorSummaryProps) {
  const { t } = useTranslation();
  if (!error) return <div role="alert" className="alert-region" />;
  const listsFields = error.fields.length > 0;
  // A BAD_USER_INPUT message is the fields' messages joined: the list says the same, better.
  const showMessage = !listsFields || (error.code !== 'BAD_USER_INPUT' && error.code !== 'VALIDATION');
  return (
    <div role="alert" className="alert-region">
      <div className="error-summary">
        <p className="error-summary__title">{t('form.errorSummaryTitle')}</p>
        {showMessage ? <p>{error.message}</p> : null}
        {listsFields ? (
          <ul className="error-summary__list">
            {error.fields.map(({ field, message }) => {
              const target = fieldIds[field];
              return (
                <li key={`${field}:${message}`}>
                  {target || onFieldLink ? (
                    <a
                      href={`#${target ?? ''}`}
                      onClick={(event) => {
                        event.preventDefault();
                        if (onFieldLink?.(field) === true) return;
                        if (target) document.getElementById(target)?.focus();
                      }}
                    >
                      {message}
                    </a>
                  ) : (
                    message
                  )}
                </li>
              );
            })}
          </ul>
        ) : null}
        <ServerOriginal error={error} />
        {error.requestId ? <p className="error-summary__request-id">{t('form.requestId', { id: error.requestId })}</p> : null}
        {children}
      </div>
    </div>
  );
}

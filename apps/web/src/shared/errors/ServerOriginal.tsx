import { useTranslation } from 'react-i18next';
import type { UiError } from './error-message';
import { SERVER_LANGUAGE } from './server-messages';
import './ServerOriginal.css';

/**
 * The server's own message, in Swedish, behind a disclosure: shown by ErrorSummary and QueryError when
 * the interface is in another language and the message above it is a translation (`UiError.original`).
 * Marked `lang="sv"` so that a screen reader reads it in Swedish (WCAG 3.1.2).
 */
export function ServerOriginal({ error }: { error: UiError | null | undefined }) {
  const { t } = useTranslation();
  if (!error?.original) return null;
  const fieldOriginals = error.fields.flatMap((problem) => (problem.original ? [problem.original] : []));
  return (
    <details className="server-original">
      <summary>{t('errors.original')}</summary>
      {fieldOriginals.length ? (
        <ul lang={SERVER_LANGUAGE}>
          {fieldOriginals.map((message, index) => (
            <li key={`${index}:${message}`}>{message}</li>
          ))}
        </ul>
      ) : (
        <p lang={SERVER_LANGUAGE}>{error.original}</p>
      )}
    </details>
  );
}

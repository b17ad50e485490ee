import { useTranslation } from 'react-i18next';
import { toUiError } from '../errors/error-message';
import { ServerOriginal } from '../errors/ServerOriginal';
import { Page } from './Page';

/** A failed query, explained: the page around it still works. */
export function QueryError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const uiError = toUiError(error, t);
  return (
    <div role="alert" className="alert-region">
      <div className="error-summary">
        <p>{uiError.message}</p>
        <ServerOriginal error={uiError} />
        {uiError.requestId ? <p className="error-summary__request-id">{t('form.requestId', { id: uiError.requestId })}</p> : null}
      </div>
    </div>
  );
}

/** A page whose own query failed: the page's general title (what it would have shown is unknown) and why. */
export function QueryErrorPage({ title, error }: { title: string; error: unknown }) {
  return (
    <Page title={title}>
      <QueryError error={error} />
    </Page>
  );
}

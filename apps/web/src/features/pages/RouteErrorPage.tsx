import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../shared/ui/Page';

/** Shown inside the layout when a page fails to render, instead of a blank screen. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('routeError.title')}>
      <p>{t('routeError.text')}</p>
      <p>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </Page>
  );
}

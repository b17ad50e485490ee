import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../shared/ui/Page';

export function NoAccessPage({ message }: { message?: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('noAccess.title')}>
      <p>{message ?? t('noAccess.text')}</p>
      <p>
        <Link to="/">{t('noAccess.home')}</Link>
      </p>
    </Page>
  );
}

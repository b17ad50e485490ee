import { Trans, useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui/Page';

const REPORT_ADDRESS = 'tillganglighet@skr.se';
const DIGG_URL = 'https://www.digg.se/';

/** Tillgänglighetsredogörelse, as lag (2018:1937) om tillgänglighet till digital offentlig service requires. */
export function AccessibilityPage() {
  const { t } = useTranslation();
  const mail = <a href={`mailto:${REPORT_ADDRESS}`} />;
  return (
    <Page title={t('accessibility.title')}>
      <p className="lead">{t('accessibility.intro')}</p>

      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>
      <h3>{t('accessibility.gapsHeading')}</h3>
      <ul>
        <li>{t('accessibility.gapServerMessages')}</li>
        <li>{t('accessibility.gapNoAudit')}</li>
      </ul>

      <h2>{t('accessibility.alternativesHeading')}</h2>
      <p>
        <Trans i18nKey="accessibility.alternatives" components={{ mail }} />
      </p>

      <h2>{t('accessibility.reportHeading')}</h2>
      <p>
        <Trans i18nKey="accessibility.report" components={{ mail }} />
      </p>

      <h2>{t('accessibility.enforcementHeading')}</h2>
      <p>
        <Trans i18nKey="accessibility.enforcement" components={{ digg: <a href={DIGG_URL} /> }} />
      </p>

      <h2>{t('accessibility.testingHeading')}</h2>
      <p>{t('accessibility.testing')}</p>

      <h2>{t('accessibility.madeHeading')}</h2>
      <p>
        <Trans i18nKey="accessibility.made" components={{ date: <time dateTime="2026-11-22" /> }} />
      </p>
    </Page>
  );
}

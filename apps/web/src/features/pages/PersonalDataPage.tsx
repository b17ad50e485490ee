import { Trans, useTranslation } from 'react-i18next';
import { INVITATION_TTL_DAYS, PASSWORD_RESET_TTL_MINUTES } from '@modellkommuner/shared';
import { Page } from '../../shared/ui/Page';

const IMY_URL = 'https://www.imy.se/';
const CONTACT_ADDRESS = 'dataskyddsombud@skr.se';

/** Så hanterar vi personuppgifter: what the service stores, why, for how long, who sees it, and the user's rights. */
export function PersonalDataPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('personalData.title')}>
      <p className="lead">{t('personalData.intro')}</p>

      <h2>{t('personalData.storedHeading')}</h2>
      <ul>
        <li>{t('personalData.storedName')}</li>
        <li>{t('personalData.storedOrganization')}</li>
        <li>{t('personalData.storedPassword')}</li>
        <li>{t('personalData.storedAudit')}</li>
        <li>{t('personalData.storedMail')}</li>
        <li>{t('personalData.storedLogin')}</li>
        <li>{t('personalData.storedDrafts')}</li>
      </ul>

      <h2>{t('personalData.whyHeading')}</h2>
      <p>{t('personalData.why')}</p>
      <p>{t('personalData.legalBasis')}</p>

      <h2>{t('personalData.howLongHeading')}</h2>
      <p>{t('personalData.howLong', { invitationDays: INVITATION_TTL_DAYS, resetMinutes: PASSWORD_RESET_TTL_MINUTES })}</p>

      <h2>{t('personalData.whoHeading')}</h2>
      <ul>
        <li>{t('personalData.whoProcessLeaders')}</li>
        <li>{t('personalData.whoColleagues')}</li>
        <li>{t('personalData.whoCohort')}</li>
        <li>{t('personalData.whoPublic')}</li>
      </ul>

      <h2>{t('personalData.rightsHeading')}</h2>
      <p>{t('personalData.rights')}</p>
      <ul>
        <li>{t('personalData.rightAccess')}</li>
        <li>{t('personalData.rightCorrection')}</li>
        <li>{t('personalData.rightErasure')}</li>
        <li>
          <Trans i18nKey="personalData.rightComplaint" components={{ imy: <a href={IMY_URL} /> }} />
        </li>
      </ul>

      <h2>{t('personalData.contactHeading')}</h2>
      <p>
        <Trans i18nKey="personalData.contact" components={{ mail: <a href={`mailto:${CONTACT_ADDRESS}`} /> }} />
      </p>
    </Page>
  );
}

import { useTranslation } from 'react-i18next';
import { isLanguage } from '../i18n/i18n';

/** Names the other language in that language ("In English" / "På svenska"), marked up as such for screen readers. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchTo');
  if (!isLanguage(target)) return null;
  return (
    <button type="button" className="language-switch" lang={target} onClick={() => void i18n.changeLanguage(target)}>
      {t('language.switch')}
    </button>
  );
}

import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useCurrentUser, useSession } from '../features/auth';
import { LanguageSwitch } from './LanguageSwitch';
import { RouteAnnouncer } from './RouteAnnouncer';

function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  // Focus, not just scroll: the next Tab then continues inside the main content.
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function Layout() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <a href="#main" className="skip-link" onClick={skipToMain}>
        {t('skipLink')}
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="main">
        <Outlet />
      </main>
      <SiteFooter />
      <RouteAnnouncer />
    </div>
  );
}

function SiteHeader() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  const { signOut } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="site-header__brand" aria-label={t('header.homeLink')}>
          {t('app.name')}
        </Link>
        <div className="site-header__tools">
          {user ? <p className="site-header__user">{t('header.loggedInAs', { name: user.name })}</p> : null}
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t('header.navLabel')} className="site-nav">
        <ul className="site-nav__list">
          <li>
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/examples">{t('nav.examples')}</NavLink>
          </li>
          {user ? (
            <>
              <li>
                <NavLink to="/cohorts">{user.role === 'PROCESS_LEADER' ? t('nav.cohorts') : t('nav.myCohorts')}</NavLink>
              </li>
              {user.role === 'PROCESS_LEADER' ? (
                <li>
                  <NavLink to="/programmes">{t('nav.programmes')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/editorial">{user.role === 'PROCESS_LEADER' ? t('nav.editorial') : t('nav.ourExamples')}</NavLink>
              </li>
              <li>
                <NavLink to="/organizations">{t('nav.organizations')}</NavLink>
              </li>
              {user.role === 'PROCESS_LEADER' ? (
                <li>
                  <NavLink to="/audit">{t('nav.audit')}</NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/account">{t('nav.account')}</NavLink>
              </li>
              <li>
                <button type="button" className="link-button" onClick={() => void signOut()}>
                  {t('nav.logout')}
                </button>
              </li>
            </>
          ) : (
            <li>
              <NavLink to="/login">{t('nav.login')}</NavLink>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}

function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <nav aria-label={t('footer.label')}>
        <ul className="site-footer__links">
          <li>
            <Link to="/accessibility">{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to="/personal-data">{t('footer.personalData')}</Link>
          </li>
        </ul>
      </nav>
      <p>{t('footer.publishedBy')}</p>
    </footer>
  );
}

import { useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useCurrentUser } from '../features/auth';
import { NotificationBell, UnreadMenuBadge, UnreadMenuDescription, useUnreadCount } from '../features/reminders';
import { PHONE_MEDIA, useMediaQuery } from '../shared/media-query';
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
  const navigate = useNavigate();
  // On a phone the navigation is behind a "Meny" button, so the header is one line (docs/web-patterns.md, "Phones").
  const phone = useMediaQuery(PHONE_MEDIA);
  const [open, setOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const unread = useUnreadCount();
  // Following a link closes the menu: the new page's h1 takes focus (Page).
  const { pathname } = useLocation();
  const [shownPath, setShownPath] = useState(pathname);
  if (pathname !== shownPath) {
    setShownPath(pathname);
    setOpen(false);
  }

  function closeOnEscape(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || !phone || !open) return;
    setOpen(false);
    menuButton.current?.focus();
  }

  // On a phone it is shown in the open menu, and read by screen readers (visually hidden) when it is closed.
  const loggedInAs = user ? (
    <p className={phone && !open ? 'site-header__user visually-hidden' : 'site-header__user'}>{t('header.loggedInAs', { name: user.name })}</p>
  ) : null;
  return (
    <header className={phone ? 'site-header site-header--phone' : 'site-header'} onKeyDown={closeOnEscape}>
      <div className="site-header__bar">
        <Link to="/" className="site-header__brand" aria-label={t('header.homeLink')}>
          {t('app.name')}
        </Link>
        {phone ? (
          <button
            ref={menuButton}
            type="button"
            className="menu-button"
            aria-expanded={open}
            aria-controls="site-menu"
            aria-describedby={user && unread > 0 ? 'menu-unread' : undefined}
            onClick={() => setOpen((current) => !current)}
          >
            <MenuIcon open={open} />
            {t('header.menu')}
            {/* The bell is in the menu: the number of unread notifications shows on the button meanwhile. */}
            {user ? <UnreadMenuBadge /> : null}
          </button>
        ) : (
          <div className="site-header__tools">
            {loggedInAs}
            {user ? <NotificationBell /> : null}
            <LanguageSwitch />
          </div>
        )}
      </div>
      {phone ? loggedInAs : null}
      {phone && user ? <UnreadMenuDescription id="menu-unread" /> : null}
      <div id="site-menu" className="site-menu" hidden={phone && !open}>
        {phone && user ? (
          <div className="site-menu__notifications">
            <NotificationBell />
          </div>
        ) : null}
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
            <li>
              <NavLink to="/network">{t('nav.network')}</NavLink>
            </li>
            <li>
              <NavLink to="/impact">{t('nav.impact')}</NavLink>
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
                  <NavLink to="/follow-up">{t('nav.followUp')}</NavLink>
                </li>
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
                  <button type="button" className="link-button" onClick={() => void navigate('/logout')}>
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
        {phone ? (
          <div className="site-menu__language">
            <LanguageSwitch />
          </div>
        ) : null}
      </div>
    </header>
  );
}

/** Three bars, or a cross while the menu is open; the button's text and aria-expanded say the same in words. */
function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="menu-button__icon" aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 20 20">
      <path d={open ? 'M4 4 16 16M16 4 4 16' : 'M2 4h16M2 10h16M2 16h16'} stroke="currentColor" strokeWidth="2.5" fill="none" strokeLinecap="round" />
    </svg>
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
          <li>
            <Link to="/oppna-data">{t('footer.openData')}</Link>
          </li>
        </ul>
      </nav>
      <p>{t('footer.publishedBy')}</p>
    </footer>
  );
}

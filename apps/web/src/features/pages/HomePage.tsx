import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CurrentUserFragment } from '../../gql/graphql';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { Agenda } from '../reminders';
import { readFlash } from './flash';

export function HomePage() {
  const { t } = useTranslation();
  const { user, loading } = useCurrentUser();
  const flash = readFlash(useLocation().state);
  if (loading) return <Loading />;
  const message = <StatusMessage>{flash ? t(`flash.${flash}`) : null}</StatusMessage>;
  return user ? <Welcome user={user}>{message}</Welcome> : <Presentation>{message}</Presentation>;
}

function Presentation({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} heading={t('home.heading')}>
      {children}
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.method')}</p>
      <p>{t('home.who')}</p>
      <p>
        {t('home.loginPrompt')} <Link to="/login">{t('home.loginLink')}</Link>
      </p>
      <p>{t('home.invitationHint')}</p>
      <section className="home-library" aria-labelledby="home-library-heading">
        <h2 id="home-library-heading">{t('examples.home.heading')}</h2>
        <p>{t('examples.home.text')}</p>
        <p>
          <Link to="/examples">{t('examples.home.link')}</Link>
        </p>
      </section>
    </Page>
  );
}

function Welcome({ user, children }: { user: CurrentUserFragment; children: ReactNode }) {
  const { t } = useTranslation();
  const processLeader = user.role === 'PROCESS_LEADER';
  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: user.name })}>
      {children}
      <p className="lead">{t('home.youAre', { role: t(`userRole.${user.role}`).toLowerCase(), organization: user.organization.name })}</p>
      <Agenda user={user} />
      <h2 className="section">{t('home.shortcuts')}</h2>
      <ul className="link-list">
        <li>
          <Link to="/cohorts">{processLeader ? t('home.cohorts') : t('home.myCohorts')}</Link>
        </li>
        <li>
          <Link to={`/organizations/${encodeURIComponent(user.organization.code)}`}>
            {t('home.ownOrganization', { organization: user.organization.name })}
          </Link>
        </li>
        {processLeader ? (
          <>
            <li>
              <Link to="/programmes">{t('home.programmes')}</Link>
            </li>
            <li>
              <Link to="/organizations">{t('home.allOrganizations')}</Link>
            </li>
            <li>
              <Link to="/audit">{t('home.auditLog')}</Link>
            </li>
          </>
        ) : null}
        <li>
          <Link to="/examples">{t('examples.home.link')}</Link>
        </li>
        <li>
          <Link to="/notifications">{t('reminders.notifications.title')}</Link>
        </li>
        <li>
          <Link to="/account">{t('home.account')}</Link>
        </li>
        <li>
          <Link to="/account/password">{t('home.changePassword')}</Link>
        </li>
      </ul>
    </Page>
  );
}

import { useRef } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useActionFeedback } from '../../shared/forms';
import { ConfirmAction } from '../../shared/ui/ConfirmAction';
import { ErrorSummary } from '../../shared/ui/ErrorSummary';
import { FieldShell } from '../../shared/ui/FieldShell';
import { Loading } from '../../shared/ui/Loading';
import { Page } from '../../shared/ui/Page';
import { QueryError } from '../../shared/ui/QueryError';
import { StatusMessage } from '../../shared/ui/StatusMessage';
import { useCurrentUser } from '../auth';
import { ReminderPreferencesSection } from '../reminders';
import { CalendarUrlQuery, RotateCalendarTokenMutation } from './graphql/operations';

/** Mitt konto: who you are, a link to change the password, your personal calendar feed and your e-mail for reminders. */
export function AccountPage() {
  const { t } = useTranslation();
  const { user } = useCurrentUser();
  if (!user) return <Loading />;
  return (
    <Page title={t('account.title')}>
      <dl className="details">
        <div>
          <dt>{t('account.name')}</dt>
          <dd>{user.name}</dd>
        </div>
        <div>
          <dt>{t('account.email')}</dt>
          <dd className="break-anywhere">{user.email}</dd>
        </div>
        <div>
          <dt>{t('account.organization')}</dt>
          <dd>
            <Link to={`/organizations/${encodeURIComponent(user.organization.code)}`}>{user.organization.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('account.role')}</dt>
          <dd>{t(`userRole.${user.role}`)}</dd>
        </div>
      </dl>
      <p>
        <Link to="/account/password">{t('account.changePassword')}</Link>
      </p>
      <CalendarSection />
      <ReminderPreferencesSection />
    </Page>
  );
}

const URL_FIELD_ID = 'calendar-url';

function CalendarSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(CalendarUrlQuery, { fetchPolicy: 'cache-and-network' });
  const [rotate, { loading: rotating }] = useMutation(RotateCalendarTokenMutation, {
    update(cache, { data: answer }) {
      const me = cache.readQuery({ query: CalendarUrlQuery })?.me;
      if (!answer || !me) return;
      cache.writeQuery({ query: CalendarUrlQuery, data: { me: { ...me, calendarUrl: answer.rotateCalendarToken } } });
    },
  });
  const feedback = useActionFeedback();
  const urlField = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const url = data?.me?.calendarUrl;

  async function copy() {
    if (!url) return;
    feedback.setStatus(null);
    try {
      await navigator.clipboard.writeText(url);
      feedback.setStatus(t('account.calendar.copied'));
    } catch {
      // No clipboard access (an older browser, or a page not served over HTTPS): select it for the user.
      urlField.current?.focus();
      urlField.current?.select();
      feedback.setStatus(t('account.calendar.copyFailed'));
    }
  }

  async function renew() {
    await feedback.run(() => rotate(), t('account.calendar.rotated'));
    heading.current?.focus();
  }

  return (
    <section aria-labelledby="calendar-heading" className="section">
      <h2 id="calendar-heading" ref={heading} tabIndex={-1}>
        {t('account.calendar.heading')}
      </h2>
      <p>{t('account.calendar.intro')}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorSummary error={feedback.error} />
      {error && !url ? <QueryError error={error} /> : null}
      {loading && !url ? <Loading /> : null}
      {url ? (
        <>
          <FieldShell id={URL_FIELD_ID} label={t('account.calendar.url')} hint={t('account.calendar.urlHint')} required={false}>
            {(aria) => (
              <input
                ref={urlField}
                id={URL_FIELD_ID}
                type="url"
                readOnly
                value={url}
                className="input--wide"
                {...aria}
                onFocus={(event) => event.currentTarget.select()}
              />
            )}
          </FieldShell>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void copy()}>
              {t('account.calendar.copy')}
            </button>
          </div>

          <h3>{t('account.calendar.outlookHeading')}</h3>
          <ol>
            <li>{t('account.calendar.outlookStep1')}</li>
            <li>
              <Trans i18nKey="account.calendar.outlookStep2" components={{ strong: <strong /> }} />
            </li>
            <li>
              <Trans i18nKey="account.calendar.outlookStep3" components={{ strong: <strong /> }} />
            </li>
          </ol>
          <h3>{t('account.calendar.googleHeading')}</h3>
          <ol>
            <li>{t('account.calendar.googleStep1')}</li>
            <li>
              <Trans i18nKey="account.calendar.googleStep2" components={{ strong: <strong /> }} />
            </li>
            <li>
              <Trans i18nKey="account.calendar.googleStep3" components={{ strong: <strong /> }} />
            </li>
          </ol>
          <p>{t('account.calendar.delay')}</p>

          <h3>{t('account.calendar.rotateHeading')}</h3>
          <p>{t('account.calendar.rotateIntro')}</p>
          <ConfirmAction
            label={t('account.calendar.rotate')}
            context={t('account.calendar.rotateContext')}
            question={t('account.calendar.rotateConfirm')}
            confirmLabel={t('account.calendar.rotateYes')}
            busy={rotating}
            onConfirm={renew}
          />
        </>
      ) : null}
    </section>
  );
}

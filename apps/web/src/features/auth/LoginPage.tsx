import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { drafts } from '../../shared/draft-store';
import { emailProblem, requiredProblem, useFormError } from '../../shared/forms';
import { EmailField } from '../../shared/ui/EmailField';
import { Page } from '../../shared/ui/Page';
import { SubmitForm } from '../../shared/ui/SubmitForm';
import { TextField } from '../../shared/ui/TextField';
import { LoginMutation } from './graphql/operations';
import { safeNextPath } from './next-path';
import { useCurrentUser, useSession } from './session';

const FIELD_IDS = { email: 'login-email', password: 'login-password' };

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { user } = useCurrentUser();
  const { signIn } = useSession();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { error, fieldErrors, send } = useFormError(FIELD_IDS);
  // Sent here by a lapsed session (apollo-client.ts noted it): say so, and that the text is kept (draft-store.ts).
  const [sessionEnded] = useState<'login.sessionEnded' | 'login.sessionEndedNothingTyped' | null>(() =>
    drafts.sessionEnded() ? (drafts.hasAny() ? 'login.sessionEnded' : 'login.sessionEndedNothingTyped') : null,
  );

  // Already logged in, or just now: on to where the visitor was going. (Not while a lapsed session is
  // noted: the app is just leaving the old session, whose user is still cached until the store is reset.)
  if (user && !drafts.sessionEnded()) return <Navigate to={next} replace />;

  async function submit() {
    const problems = [...emailProblem('email', email, t), ...requiredProblem('password', password, t('validation.passwordRequired'))];
    await send(problems, async () => {
      const { data } = await login({ variables: { email: email.trim(), password } });
      if (!data) return;
      // Before the user is known to the app (and the page after login renders): their drafts are marked to be restored.
      drafts.resumeSession(data.login.user.id);
      signIn(data.login.user);
    });
  }

  return (
    <Page title={t('login.title')}>
      {sessionEnded ? (
        <div className="notice">
          <p>{t(sessionEnded)}</p>
        </div>
      ) : null}
      <SubmitForm error={error} fieldIds={FIELD_IDS} busy={loading} submitLabel={t('login.submit')} busyLabel={t('login.submitting')} onSubmit={submit}>
        <EmailField id={FIELD_IDS.email} label={t('login.email')} autoComplete="username" value={email} onChange={setEmail} error={fieldErrors['email']} />
        <TextField
          id={FIELD_IDS.password}
          name="password"
          type="password"
          label={t('login.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={fieldErrors['password']}
        />
      </SubmitForm>
      <p>
        <Link to="/forgot-password">{t('login.forgot')}</Link>
      </p>
      <p>{t('login.noAccount')}</p>
    </Page>
  );
}

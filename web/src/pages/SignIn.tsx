import { useState, type FormEvent } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../title';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth/AuthProvider';
import { demoUsers } from '../auth/session';
import { errorKey } from '../errors';
import { graphql } from '../gql';

const UniversityQuery = graphql(`
  query SignInUniversity {
    university { code name }
  }
`);

export function SignIn() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { session, config, signInAsDemoUser, signInWithProvider } = useAuth();
  const navigate = useNavigate();
  const returnTo = (useLocation().state as { returnTo?: string } | null)?.returnTo ?? '/';
  const [{ data }] = useQuery({ query: UniversityQuery });
  const [failure, setFailure] = useState<string | null>(null);
  const [other, setOther] = useState('');

  if (session) return <Navigate to={returnTo} replace />;

  const signIn = async (user: string) => {
    setFailure(null);
    try {
      await signInAsDemoUser(user);
      navigate(returnTo, { replace: true, state: { focusMain: true } });
    } catch (e) {
      const status = (e as { status?: number }).status;
      setFailure(status === 429 ? errorKey({ code: 'RATE_LIMITED' }).key : 'signIn.failed');
    }
  };
  const submitOther = (event: FormEvent) => {
    event.preventDefault();
    if (other.trim()) void signIn(other.trim());
  };

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {failure && <div role="alert" className="alert error"><p>{t(failure)}</p></div>}
      {config === null && <p>{t('app.loading')}</p>}
      {config?.developmentSignIn && (
        <section aria-labelledby="demo-users">
          <p>{t('signIn.development')}</p>
          <h2 id="demo-users">{t('signIn.demoUsers')}{data ? ` – ${data.university.name}` : ''}</h2>
          <ul className="demo-users">
            {(demoUsers[data?.university.code ?? 'UMU'] ?? demoUsers.UMU).map((user) => (
              <li key={user}>
                <Button className="button" onPress={() => void signIn(user)} aria-label={t('signIn.signInAs', { user })}>
                  <span className="user-id">{user}</span> <span className="user-role">{t(`users.${user}`, { defaultValue: '' })}</span>
                </Button>
              </li>
            ))}
          </ul>
          <form onSubmit={submitOther} className="inline-form">
            <TextField value={other} onChange={setOther} autoComplete="username">
              <Label>{t('signIn.otherUser')}</Label>
              <Input />
            </TextField>
            <Button type="submit" className="button secondary">{t('signIn.signInOther')}</Button>
          </form>
        </section>
      )}
      {config && !config.developmentSignIn && config.authority && (
        <>
          <p>{t('signIn.oidc')}</p>
          <Button className="button" onPress={() => void signInWithProvider(returnTo)}>{t('signIn.oidcButton')}</Button>
        </>
      )}
      {config && !config.developmentSignIn && !config.authority && <p>{t('signIn.notConfigured')}</p>}
    </>
  );
}

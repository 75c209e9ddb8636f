import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';

/** Where the identity provider sends the browser back with the authorisation code. */
export function AuthCallback() {
  const { t } = useTranslation();
  const { completeProviderSignIn } = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    completeProviderSignIn().then((returnTo) => navigate(returnTo, { replace: true }), () => setFailed(true));
  }, [completeProviderSignIn, navigate]);

  return (
    <>
      <h1>{t('signIn.title')}</h1>
      {failed ? <div role="alert" className="alert error"><p>{t('signIn.failed')}</p></div> : <p>{t('signIn.callback')}</p>}
    </>
  );
}

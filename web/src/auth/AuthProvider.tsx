import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchSignInConfig, type SignInConfig } from './config';
import { clearSession, loadSession, saveSession, sessionFromDevelopmentToken, type Session } from './session';

interface Auth {
  session: Session | null;
  config: SignInConfig | null;
  signInAsDemoUser(user: string): Promise<void>;
  signInWithProvider(returnTo: string): Promise<void>;
  completeProviderSignIn(): Promise<string>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/** OpenID Connect, authorisation code flow with PKCE (oidc-client-ts's default for response_type code); loaded only when used. */
async function userManager(config: SignInConfig) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: config.authority!,
    client_id: config.clientId!,
    redirect_uri: `${location.origin}/auth/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: config.scope,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
    automaticSilentRenew: false,
  });
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [config, setConfig] = useState<SignInConfig | null>(null);

  useEffect(() => {
    fetchSignInConfig().then(setConfig, () => setConfig({ developmentSignIn: false, authority: null, clientId: null, scope: 'openid' }));
  }, []);

  const keep = useCallback((next: Session | null) => {
    if (next) saveSession(next);
    else clearSession();
    setSession(next);
  }, []);

  const signInAsDemoUser = useCallback(async (user: string) => {
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user }),
    });
    if (!response.ok) throw Object.assign(new Error('sign-in failed'), { status: response.status });
    keep(sessionFromDevelopmentToken(await response.json()));
  }, [keep]);

  const signInWithProvider = useCallback(async (returnTo: string) => {
    if (!config?.authority || !config.clientId) throw new Error('no identity provider');
    await (await userManager(config)).signinRedirect({ state: returnTo });
  }, [config]);

  const completeProviderSignIn = useCallback(async () => {
    const settings = config ?? (await fetchSignInConfig());
    const user = await (await userManager(settings)).signinRedirectCallback();
    keep({
      token: user.access_token,
      user: (user.profile.preferred_username as string | undefined) ?? user.profile.sub,
      expiresAt: (user.expires_at ?? 0) * 1000,
      kind: 'oidc',
    });
    return typeof user.state === 'string' && user.state.startsWith('/') ? user.state : '/';
  }, [config, keep]);

  const signOut = useCallback(async () => {
    const was = session;
    keep(null);
    if (was?.kind === 'oidc' && config?.authority && config.clientId) {
      await (await userManager(config)).signoutRedirect();
    }
  }, [config, keep, session]);

  const auth = useMemo(
    () => ({ session, config, signInAsDemoUser, signInWithProvider, completeProviderSignIn, signOut }),
    [session, config, signInAsDemoUser, signInWithProvider, completeProviderSignIn, signOut],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}

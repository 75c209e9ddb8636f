import { Suspense, useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigationType } from 'react-router';
import { useQuery } from 'urql';
import { useAuth } from '../auth/AuthProvider';
import { graphql } from '../gql';
import { languages, rememberLanguage, type Language } from '../i18n';
import { screenPaths, screensFor, type Screen } from '../screens';

const ViewerQuery = graphql(`
  query Viewer {
    me { user { userId name } courseRights { id kind } grants { id profile { code functions } } student { id } unreadNotificationCount }
  }
`);

/** A student's unread notifications, for the navigation's badge (null for staff and until read). */
function useUnreadNotifications(): number | null {
  const { session } = useAuth();
  const [{ data }] = useQuery({ query: ViewerQuery, pause: !session });
  return data?.me?.unreadNotificationCount ?? null;
}

/** A screen's entry in the navigation; the notifications' entry carries the unread count, seen as a badge and heard in its name. */
function ScreenLink({ screen, unread }: { screen: Screen; unread: number | null }) {
  const { t } = useTranslation();
  const label = t(`nav.${screen}`);
  // Mina studier's address starts the other student screens' addresses: it is current only on its own.
  const end = screen === 'myStudies';
  if (screen !== 'myNotifications' || unread === null) return <NavLink to={screenPaths[screen]} end={end}>{label}</NavLink>;
  return (
    <NavLink to={screenPaths[screen]} aria-label={`${label}, ${t('nav.unreadBadge', { count: unread })}`}>
      {label}{unread > 0 && <span className="badge">{unread}</span>}
    </NavLink>
  );
}

/** The screens the signed-in user's rights allow, from the same `me` the header shows (null until it is read). */
export function useScreens(): Screen[] | null {
  const { session } = useAuth();
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery, pause: !session });
  if (!session) return [];
  if (error) return screensFor(null);
  if (fetching || !data) return null;
  return screensFor(data.me ?? null);
}

function SignedInUser() {
  const { t } = useTranslation();
  const { signOut } = useAuth();
  const [{ data }] = useQuery({ query: ViewerQuery });
  return (
    <div className="session">
      <span>{t('session.signedInAs', { name: data?.me?.user.name ?? '…' })}</span>
      <Button className="button secondary" onPress={() => void signOut()}>{t('session.signOut')}</Button>
    </div>
  );
}

function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const change = (language: Language) => {
    rememberLanguage(language);
    void i18n.changeLanguage(language);
  };
  return (
    <div className="languages" role="group" aria-label={t('language.label')}>
      {languages.map((language) => (
        <Button key={language} className="button link" lang={language} aria-pressed={i18n.language === language}
          aria-label={t('language.switchTo', { language: t(`language.${language}`) })} onPress={() => change(language)}>
          {t(`language.${language}`)}
        </Button>
      ))}
    </div>
  );
}

/** Every page: skip link, header with navigation, language and the signed-in user, and the page in <main>. */
export function Layout() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const screens = useScreens();
  const unread = useUnreadNotifications();
  const location = useLocation();
  const navigationType = useNavigationType();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After following a link (or going back), focus moves to the new page's content, as a full page load would put it at the
  // top. A redirect (a replace) leaves focus alone, so the skip link stays first, unless it asks for the move (sign-in).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const asked = (location.state as { focusMain?: boolean } | null)?.focusMain === true;
    if (navigationType !== 'REPLACE' || asked) main.current?.focus();
  }, [location.pathname, location.state, navigationType]);

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="site-header">
        <div className="brand">{t('app.name')}</div>
        <nav aria-label={t('app.mainNavigation')}>
          <ul>
            {(screens ?? []).map((screen) => (
              <li key={screen}><ScreenLink screen={screen} unread={unread} /></li>
            ))}
            <li><NavLink to="/verify">{t('nav.verify')}</NavLink></li>
            <li><NavLink to="/accessibility">{t('nav.accessibility')}</NavLink></li>
            {!session && <li><NavLink to="/sign-in">{t('nav.signIn')}</NavLink></li>}
          </ul>
        </nav>
        <LanguageSwitch />
        {session && <SignedInUser />}
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<p>{t('app.loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
    </>
  );
}

import { lazy, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Provider } from 'urql';
import { AuthProvider, useAuth } from './auth/AuthProvider';
import { createClient } from './graphql/client';
import { Accessibility } from './pages/Accessibility';
import { AuthCallback } from './pages/AuthCallback';
import { Layout, useScreens } from './pages/Layout';
import { screenPaths, startScreen } from './screens';
import { NotFound } from './pages/NotFound';
import { SignIn } from './pages/SignIn';

// Screens load on first visit, so the first load carries only the shell (the budget in docs/benchmarks.md).
const Dashboard = lazy(() => import('./pages/Dashboard'));
const Verify = lazy(() => import('./pages/Verify'));
const ReportResults = lazy(() => import('./staff/ReportResults'));
const Attestation = lazy(() => import('./staff/Attestation'));
const StudentSearch = lazy(() => import('./staff/Students').then((m) => ({ default: m.StudentSearch })));
const StudentPage = lazy(() => import('./staff/Students').then((m) => ({ default: m.StudentPage })));
const Applications = lazy(() => import('./staff/Applications'));
const MyPage = lazy(() => import('./staff/MyPage'));
const MyStudies = lazy(() => import('./student/MyStudies'));
const MyRegistration = lazy(() => import('./student/Registration'));
const MyExams = lazy(() => import('./student/Exams'));
const MyTranscripts = lazy(() => import('./student/Transcripts'));
const MyNotifications = lazy(() => import('./student/Notifications'));

/** A new GraphQL client, and so an empty cache, for every sign-in and sign-out. */
function GraphQLProvider({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const { i18n } = useTranslation();
  const token = session?.token ?? null;
  const client = useMemo(() => createClient(token, () => i18n.language), [token, i18n]);
  return <Provider value={client}>{children}</Provider>;
}

function RequireSignIn({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/sign-in" replace state={{ returnTo: location.pathname + location.search }} />;
  return children;
}

function Home() {
  const { session } = useAuth();
  const screens = useScreens();
  const { state } = useLocation();
  if (!session) return <Navigate to="/sign-in" replace />;
  if (!screens) return null;
  return <Navigate to={screenPaths[startScreen(screens)]} replace state={state} />;
}

export function App() {
  return (
    <BrowserRouter>
      <AuthProvider>
        <GraphQLProvider>
          <Routes>
            <Route element={<Layout />}>
              <Route index element={<Home />} />
              <Route path="sign-in" element={<SignIn />} />
              <Route path="auth/callback" element={<AuthCallback />} />
              <Route path="dashboard" element={<RequireSignIn><Dashboard /></RequireSignIn>} />
              <Route path="report" element={<RequireSignIn><ReportResults /></RequireSignIn>} />
              <Route path="attest" element={<RequireSignIn><Attestation /></RequireSignIn>} />
              <Route path="students" element={<RequireSignIn><StudentSearch /></RequireSignIn>} />
              <Route path="students/:identityNumber" element={<RequireSignIn><StudentPage /></RequireSignIn>} />
              <Route path="applications" element={<RequireSignIn><Applications /></RequireSignIn>} />
              <Route path="my-page" element={<RequireSignIn><MyPage /></RequireSignIn>} />
              <Route path="my-studies" element={<RequireSignIn><MyStudies /></RequireSignIn>} />
              <Route path="my-studies/registration" element={<RequireSignIn><MyRegistration /></RequireSignIn>} />
              <Route path="my-studies/exams" element={<RequireSignIn><MyExams /></RequireSignIn>} />
              <Route path="my-studies/transcripts" element={<RequireSignIn><MyTranscripts /></RequireSignIn>} />
              <Route path="my-studies/notifications" element={<RequireSignIn><MyNotifications /></RequireSignIn>} />
              <Route path="verify" element={<Verify />} />
              <Route path="verify/:code" element={<Verify />} />
              <Route path="accessibility" element={<Accessibility />} />
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </GraphQLProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}

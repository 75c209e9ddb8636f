/** The screens of the app and who sees them: each staff screen for the rights its documents need, a student their own. */
export type Screen = 'report' | 'attest' | 'students' | 'applications' | 'myPage' | 'dashboard'
  | 'myStudies' | 'myRegistration' | 'myExams' | 'myTranscripts' | 'myNotifications';

export interface ViewerRights {
  courseRights: readonly { kind: string }[];
  grants: readonly { profile: { functions: readonly string[] } }[];
  /** `me.student`: set when the user signed in as a student. */
  student?: { id: string } | null;
}

/** A student's navigation ("Mina studier"), in order; a new student screen is one more entry. */
export const studentScreens: readonly Screen[] = ['myStudies', 'myRegistration', 'myExams', 'myTranscripts', 'myNotifications'];

export const screenPaths: Record<Screen, string> = {
  report: '/report',
  attest: '/attest',
  students: '/students',
  applications: '/applications',
  myPage: '/my-page',
  dashboard: '/dashboard',
  myStudies: '/my-studies',
  myRegistration: '/my-studies/registration',
  myExams: '/my-studies/exams',
  myTranscripts: '/my-studies/transcripts',
  myNotifications: '/my-studies/notifications',
};

/**
 * A teacher reports (`records.report` and a reporting right on a course), an examiner attests (`records.attest` and an
 * attesting right), a study administrator looks up students (`records.register`), a prefekt decides applications
 * (`permissions.decide`), anyone with `reporting.read` sees the figures, and everyone has their own page. A student sees
 * only the student screens: none of the staff documents answers a student.
 */
export function screensFor(viewer: ViewerRights | null | undefined): Screen[] {
  if (!viewer) return ['myPage'];
  if (viewer.student) return [...studentScreens];
  const functions = new Set(viewer.grants.flatMap((grant) => grant.profile.functions));
  const rights = new Set(viewer.courseRights.map((right) => right.kind));
  const screens: Screen[] = [];
  if (functions.has('records.report') && rights.has('REPORT')) screens.push('report');
  if (functions.has('records.attest') && rights.has('ATTEST')) screens.push('attest');
  if (functions.has('records.register')) screens.push('students');
  if (functions.has('permissions.decide')) screens.push('applications');
  if (functions.has('reporting.read')) screens.push('dashboard');
  screens.push('myPage');
  return screens;
}

/** Where a user lands after signing in: the figures (the start page the app had first) when they may read them, else their first screen. */
export function startScreen(screens: readonly Screen[]): Screen {
  return screens.includes('dashboard') ? 'dashboard' : screens[0] ?? 'myPage';
}

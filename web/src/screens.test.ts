import { describe, expect, it } from 'vitest';
import { screenPaths, screensFor, startScreen, studentScreens } from './screens';

const grant = (...functions: string[]) => ({ profile: { functions } });

describe('the screens a signed-in user sees', () => {
  it('gives a teacher the report screen, an examiner the attestation queue, and both the figures and their own page', () => {
    const teacher = screensFor({ courseRights: [{ kind: 'REPORT' }], grants: [grant('records.read', 'records.report', 'reporting.read')] });
    const examiner = screensFor({ courseRights: [{ kind: 'ATTEST' }], grants: [grant('records.read', 'records.attest', 'reporting.read')] });
    expect(teacher).toEqual(['report', 'dashboard', 'myPage']);
    expect(examiner).toEqual(['attest', 'dashboard', 'myPage']);
  });

  it('needs both the function and a course right to report or attest', () => {
    expect(screensFor({ courseRights: [], grants: [grant('records.report')] })).toEqual(['myPage']);
    expect(screensFor({ courseRights: [{ kind: 'REPORT' }], grants: [] })).toEqual(['myPage']);
  });

  it('gives a study administrator the students and a prefekt the applications', () => {
    expect(screensFor({ courseRights: [], grants: [grant('records.register', 'reporting.read')] })).toEqual(['students', 'dashboard', 'myPage']);
    expect(screensFor({ courseRights: [], grants: [grant('permissions.decide', 'reporting.read')] })).toEqual(['applications', 'dashboard', 'myPage']);
  });

  it('gives a new employee without permissions only their own page, where they start', () => {
    const screens = screensFor({ courseRights: [], grants: [] });
    expect(screens).toEqual(['myPage']);
    expect(startScreen(screens)).toBe('myPage');
    expect(startScreen(['report', 'dashboard', 'myPage'])).toBe('dashboard');
  });

  it('gives a student only the student screens, starting on Mina studier, each at its own address', () => {
    const screens = screensFor({ courseRights: [], grants: [], student: { id: 'U3R1ZGVudDox' } });
    expect(screens).toEqual(['myStudies', 'myRegistration', 'myExams', 'myTranscripts', 'myNotifications']);
    expect(startScreen(screens)).toBe('myStudies');
    expect(new Set(studentScreens.map((s) => screenPaths[s])).size).toBe(studentScreens.length);
  });

  it('gives staff, whose me.student is null, no student screen', () => {
    const screens = screensFor({ courseRights: [], grants: [grant('records.register')], student: null });
    expect(screens.some((s) => studentScreens.includes(s))).toBe(false);
  });
});

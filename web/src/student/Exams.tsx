import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorList } from '../pages/ErrorList';
import { Outcome, UserErrors } from '../staff/UserErrors';
import { usePageTitle } from '../title';
import { CancelExamSittingSignUpMutation, MyExamSittingsQuery, SignUpForExamSittingMutation } from './documents';
import { NotAStudent, useDateTime } from './shared';

type Errors = readonly { code: string; reason: string; message: string }[];

/**
 * Exam sign-up (docs/graphql.md, screen (i)): the sittings on the courses the student is registered on; sign up or take it back within the
 * window; the anonymous code to write on the exam once signed up.
 */
export default function Exams() {
  const { t } = useTranslation();
  usePageTitle(t('myExams.title'));
  const dateTime = useDateTime();
  const [page] = useQuery({ query: MyExamSittingsQuery, requestPolicy: 'cache-and-network' });
  const [signUpState, signUp] = useMutation(SignUpForExamSittingMutation);
  const [cancelState, cancel] = useMutation(CancelExamSittingSignUpMutation);
  // Kept as a sentence's key and values, so a change of language translates it too.
  const [outcome, setOutcome] = useState<{ key: string; values: Record<string, string>; tone: 'success' | 'error' } | null>(null);
  const [errors, setErrors] = useState<{ sittingId: string; errors: Errors } | null>(null);
  const busy = signUpState.fetching || cancelState.fetching;

  if (page.error) return <><h1>{t('myExams.title')}</h1><ErrorList error={page.error} /></>;
  if (!page.data) return <p>{t('app.loading')}</p>;
  const student = page.data.me?.student;
  if (!student) return <NotAStudent title={t('myExams.title')} />;

  const done = (sittingId: string, payloadErrors: Errors, success: string, refused: string, values: Record<string, string>) => {
    setErrors({ sittingId, errors: payloadErrors });
    setOutcome(payloadErrors.length ? { key: refused, values, tone: 'error' } : { key: success, values, tone: 'success' });
  };

  return (
    <>
      <h1>{t('myExams.title')}</h1>
      <p>{t('myExams.intro')}</p>
      <Outcome message={outcome ? t(outcome.key, outcome.values) : null} tone={outcome?.tone} />
      <ErrorList error={signUpState.error ?? cancelState.error} />
      {student.examSittings.length === 0 ? <p>{t('myExams.none')}</p> : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('myExams.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('myExams.exam')}</th><th scope="col">{t('myExams.when')}</th><th scope="col">{t('myExams.place')}</th>
                <th scope="col">{t('myExams.window')}</th><th scope="col">{t('myExams.seatsLeft')}</th><th scope="col">{t('myExams.code')}</th>
                <th scope="col">{t('students.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {student.examSittings.map((s) => {
                const exam = s.module ? `${s.courseCode} ${s.course.name}, ${s.moduleCode} ${s.module.name}` : `${s.courseCode} ${s.course.name}`;
                const when = dateTime(s.startsAt);
                return (
                  <tr key={s.id}>
                    <th scope="row" className="text">{exam}</th>
                    <td className="text">{when}{s.cancelled && <> <span className="warning">{t('myExams.cancelled')}</span></>}</td>
                    <td className="text">{s.place}</td>
                    <td className="text">{s.signUpOpens} – {s.signUpCloses}</td>
                    <td>{s.seatsLeft}</td>
                    <td className="text">{s.mySignUp ? <strong className="anonymous-code">{s.mySignUp.anonymousCode}</strong> : '–'}</td>
                    <td className="text">
                      {s.mySignUp ? (
                        <Button className="button secondary" isDisabled={busy || !s.isSignUpOpen} onPress={async () => {
                          const payload = (await cancel({ examSittingId: s.id })).data?.cancelExamSittingSignUp;
                          if (payload) done(s.id, payload.errors, 'myExams.cancelledSignUp', 'myExams.refused', { exam, when });
                        }} aria-label={t('myExams.cancel', { exam, when })}>{t('myExams.cancelShort')}</Button>
                      ) : (
                        <Button className="button" isDisabled={busy || !s.isSignUpOpen} onPress={async () => {
                          const payload = (await signUp({ examSittingId: s.id })).data?.signUpForExamSitting;
                          if (payload) {
                            done(s.id, payload.errors, 'myExams.signedUp', 'myExams.refused', { exam, when, code: payload.signUp?.anonymousCode ?? '' });
                          }
                        }} aria-label={t('myExams.signUp', { exam, when })}>{t('myExams.signUpShort')}</Button>
                      )}
                      {!s.isSignUpOpen && <span className="help"> {t('myExams.closed')}</span>}
                      {errors?.sittingId === s.id && <UserErrors errors={errors.errors} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

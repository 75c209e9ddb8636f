import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorList } from '../pages/ErrorList';
import { Outcome, UserErrors } from '../staff/UserErrors';
import { usePageTitle } from '../title';
import { MyRegistrationQuery, RegisterMyselfMutation, WithdrawMyselfMutation } from './documents';
import { admissionView, isoToday } from './registration';
import { NotAStudent, useCredits } from './shared';

type Errors = readonly { code: string; reason: string; message: string }[];

/**
 * Register for a term (docs/graphql.md, screen (h)): the student's admissions with their offering's registration window and whether they
 * are registered; `registerMyself` inside the window and `withdrawMyself` (återbud), each obstacle shown from its reason.
 */
export default function Registration() {
  const { t } = useTranslation();
  usePageTitle(t('myRegistration.title'));
  const credits = useCredits();
  const [page, refetch] = useQuery({ query: MyRegistrationQuery, requestPolicy: 'cache-and-network' });
  const [registerState, register] = useMutation(RegisterMyselfMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawMyselfMutation);
  // Kept as a sentence's key and values, so a change of language translates it too.
  const [outcome, setOutcome] = useState<{ key: string; values: Record<string, string>; tone: 'success' | 'error' } | null>(null);
  const [errors, setErrors] = useState<{ offeringId: string; errors: Errors } | null>(null);
  const busy = registerState.fetching || withdrawState.fetching;

  if (page.error) return <><h1>{t('myRegistration.title')}</h1><ErrorList error={page.error} /></>;
  if (!page.data) return <p>{t('app.loading')}</p>;
  const student = page.data.me?.student;
  if (!student) return <NotAStudent title={t('myRegistration.title')} />;
  const today = isoToday();

  const done = (offeringId: string, payloadErrors: Errors, success: string, refused: string, values: Record<string, string>) => {
    setErrors({ offeringId, errors: payloadErrors });
    setOutcome(payloadErrors.length ? { key: refused, values, tone: 'error' } : { key: success, values, tone: 'success' });
    if (payloadErrors.length === 0) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1>{t('myRegistration.title')}</h1>
      <p>{t('myRegistration.intro')}</p>
      <Outcome message={outcome ? t(outcome.key, outcome.values) : null} tone={outcome?.tone} />
      <ErrorList error={registerState.error ?? withdrawState.error} />
      {student.admissions.length === 0 ? <p>{t('myRegistration.none')}</p> : (
        <ul className="cards">
          {student.admissions.map((admission) => {
            const { offering } = admission;
            const course = offering.courseVersion.course;
            const name = `${course.code} ${course.name}`;
            const view = admissionView(admission, student.registrations, today);
            const headingId = `admission-${admission.id}`;
            return (
              <li key={admission.id} className="card" aria-labelledby={headingId}>
                <h2 id={headingId}>{name}, {offering.term}</h2>
                <dl>
                  <dt>{t('myStudies.offering')}</dt>
                  <dd>{t('myStudies.offeringText', { code: offering.offeringCode, start: offering.startDate, end: offering.endDate })}, {credits(offering.courseVersion.credits)}</dd>
                  <dt>{t('myRegistration.admission')}</dt>
                  <dd>{t(`admissionStatus.${admission.status}`, { place: admission.reservePlace ?? '' })}</dd>
                  <dt>{t('myRegistration.window')}</dt>
                  <dd>
                    {offering.registrationOpens && offering.registrationCloses
                      ? t(view.windowOpen ? 'myRegistration.windowOpen' : view.windowAhead ? 'myRegistration.windowAhead' : 'myRegistration.windowClosed',
                        { opens: offering.registrationOpens, closes: offering.registrationCloses })
                      : t('myRegistration.noWindow')}
                  </dd>
                  <dt>{t('myRegistration.registered')}</dt>
                  <dd>{view.registeredTerms.length ? t('myRegistration.registeredFor', { terms: view.registeredTerms.join(', ') }) : t('myRegistration.notRegistered')}</dd>
                </dl>
                {errors?.offeringId === offering.id && <UserErrors errors={errors.errors} />}
                <div className="actions">
                  {view.windowOpen && (
                    <Button className="button" isDisabled={busy || !view.mayRegister} onPress={async () => {
                      const payload = (await register({ offeringId: offering.id })).data?.registerMyself;
                      if (payload) {
                        done(offering.id, payload.errors, 'myRegistration.done', 'myRegistration.refused',
                          { course: name, term: payload.registration?.term ?? offering.term });
                      }
                    }}>{t('myRegistration.register', { course: name })}</Button>
                  )}
                  {view.mayWithdraw && (
                    <Button className="button secondary" isDisabled={busy} onPress={async () => {
                      const payload = (await withdraw({ offeringId: offering.id })).data?.withdrawMyself;
                      if (payload) done(offering.id, payload.errors, 'myRegistration.withdrawn', 'myRegistration.withdrawRefused', { course: name });
                    }}>{t('myRegistration.withdraw', { course: name })}</Button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

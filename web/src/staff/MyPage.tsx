import { useState, type FormEvent } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { Outcome, UserErrors } from './UserErrors';

// docs/graphql.md, screen (e).
const MyPageQuery = graphql(`
  query MyPage {
    me {
      user { userId name }
      workQueues { draftsToMarkReady returnedToMe awaitingMyAttestation removalRequestsToAttest applicationsToDecide }
      grants { profile { name } organisationUnit { name } }
      applications { id status profile { name } }
      missingTrainings {
        unlockedProfiles { code name }
        training { code name training { sessions { id startsAt location seatsLeft isEnrolled } } }
      }
    }
  }
`);

// Any signed-in user may read the profiles; the organisation tree needs catalogue.read, which a newcomer lacks, so the
// unit is typed by its code.
const ApplyOptionsQuery = graphql(`
  query ApplyOptions {
    permissionProfiles { code name }
  }
`);

const EnrolMutation = graphql(`
  mutation EnrolInTraining($sessionId: ID!) {
    enrolInTraining(input: { sessionId: $sessionId }) { session { id seatsLeft isEnrolled } errors { code reason message } }
  }
`);

const CancelSeatMutation = graphql(`
  mutation CancelTrainingSeat($sessionId: ID!) {
    cancelTrainingSeat(input: { sessionId: $sessionId }) { session { id seatsLeft isEnrolled } errors { code reason message } }
  }
`);

const ApplyMutation = graphql(`
  mutation ApplyForPermission($input: ApplyForPermissionInput!) {
    applyForPermission(input: $input) { application { id status } errors { code reason message path } }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawPermissionApplication($applicationId: ID!) {
    withdrawPermissionApplication(input: { applicationId: $applicationId }) { application { id status } errors { code reason message } }
  }
`);

type Errors = readonly { code: string; reason: string; message: string }[];

/** (e) My page: my work queues, permissions and applications, the trainings I miss with their sessions, and applying. */
export default function MyPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('myPage.title'));
  const [page, refetch] = useQuery({ query: MyPageQuery, requestPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(null);
  const [errors, setErrors] = useState<Errors>([]);
  const [enrolState, enrol] = useMutation(EnrolMutation);
  const [cancelState, cancel] = useMutation(CancelSeatMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawMutation);
  const busy = enrolState.fetching || cancelState.fetching || withdrawState.fetching;
  const me = page.data?.me;
  const when = (value: string) => new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'short' });

  const done = (payloadErrors: Errors, message: string) => {
    setErrors(payloadErrors);
    setOutcome(payloadErrors.length ? { message: t('myPage.refused'), tone: 'error' } : { message, tone: 'success' });
    refetch({ requestPolicy: 'network-only' });
  };

  if (page.error) return <><h1>{t('myPage.title')}</h1><ErrorList error={page.error} /></>;
  if (!me) return <p>{t('app.loading')}</p>;
  const queues = me.workQueues;

  return (
    <>
      <h1>{t('myPage.title')}</h1>
      <p>{t('myPage.hello', { name: me.user.name, userId: me.user.userId })}</p>
      <Outcome message={outcome?.message ?? null} tone={outcome?.tone} />
      <UserErrors errors={errors} />
      <ErrorList error={enrolState.error ?? cancelState.error ?? withdrawState.error} />

      <section aria-labelledby="queues-heading">
        <h2 id="queues-heading">{t('myPage.queues')}</h2>
        <ul className="queues">
          {(['draftsToMarkReady', 'returnedToMe', 'awaitingMyAttestation', 'removalRequestsToAttest', 'applicationsToDecide'] as const).map((q) => (
            <li key={q}><strong>{queues[q]}</strong> {t(`myPage.queue.${q}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="grants-heading">
        <h2 id="grants-heading">{t('myPage.permissions')}</h2>
        {me.grants.length === 0 ? <p>{t('myPage.noPermissions')}</p> : (
          <ul>{me.grants.map((g, i) => <li key={i}>{g.profile.name}, {g.organisationUnit.name}</li>)}</ul>
        )}
      </section>

      <section aria-labelledby="applications-heading">
        <h2 id="applications-heading">{t('myPage.applications')}</h2>
        {me.applications.length === 0 ? <p>{t('myPage.noApplications')}</p> : (
          <ul>
            {me.applications.map((a) => (
              <li key={a.id}>
                {a.profile.name}: {t(`applicationStatus.${a.status}`)}{' '}
                {a.status === 'PENDING' && (
                  <Button className="button secondary" isDisabled={busy} onPress={async () => {
                    const payload = (await withdraw({ applicationId: a.id })).data?.withdrawPermissionApplication;
                    if (payload) done(payload.errors, t('myPage.withdrawn', { profile: a.profile.name }));
                  }}>{t('myPage.withdraw', { profile: a.profile.name })}</Button>
                )}
              </li>
            ))}
          </ul>
        )}
        <ApplyForm onDone={(payloadErrors, message) => done(payloadErrors, message)} />
      </section>

      <section aria-labelledby="trainings-heading">
        <h2 id="trainings-heading">{t('myPage.missingTrainings')}</h2>
        {me.missingTrainings.length === 0 ? <p>{t('myPage.noMissing')}</p> : me.missingTrainings.map((m) => (
          <div key={m.training.code} className="card">
            <h3>{m.training.name}</h3>
            <p>{t('myPage.unlocks', { profiles: m.unlockedProfiles.map((p) => p.name).join(', ') })}</p>
            {(m.training.training?.sessions.length ?? 0) === 0 ? <p>{t('myPage.noSessions')}</p> : (
              <table>
                <caption>{t('myPage.sessions', { training: m.training.name })}</caption>
                <thead><tr><th scope="col">{t('myPage.startsAt')}</th><th scope="col">{t('myPage.location')}</th><th scope="col">{t('myPage.seatsLeft')}</th><th scope="col">{t('students.actions')}</th></tr></thead>
                <tbody>
                  {m.training.training!.sessions.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{when(s.startsAt)}</th>
                      <td className="text">{s.location}</td>
                      <td>{s.seatsLeft}</td>
                      <td className="text">
                        {s.isEnrolled ? (
                          <Button className="button secondary" isDisabled={busy} onPress={async () => {
                            const payload = (await cancel({ sessionId: s.id })).data?.cancelTrainingSeat;
                            if (payload) done(payload.errors, t('myPage.cancelled', { when: when(s.startsAt) }));
                          }}>{t('myPage.cancel', { when: when(s.startsAt) })}</Button>
                        ) : (
                          <Button className="button" isDisabled={busy} onPress={async () => {
                            const payload = (await enrol({ sessionId: s.id })).data?.enrolInTraining;
                            if (payload) done(payload.errors, t('myPage.enrolled', { when: when(s.startsAt) }));
                          }}>{t('myPage.enrol', { when: when(s.startsAt) })}</Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        ))}
      </section>
    </>
  );
}

function ApplyForm({ onDone }: { onDone: (errors: Errors, message: string) => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: ApplyOptionsQuery });
  const [profile, setProfile] = useState<string | null>(null);
  const [unit, setUnit] = useState('');
  const [motivation, setMotivation] = useState('');
  const [errors, setErrors] = useState<Errors>([]);
  const [state, apply] = useMutation(ApplyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!profile || unit.trim() === '') {
      setErrors([{ code: 'VALIDATION', reason: 'REQUIRED', message: t('myPage.chooseBoth') }]);
      return;
    }
    const payload = (await apply({ input: { profileCode: profile, organisationUnitCode: unit.trim().toUpperCase(), motivation } })).data?.applyForPermission;
    if (!payload) return;
    setErrors(payload.errors);
    if (payload.errors.length === 0) {
      setMotivation('');
      onDone([], t('myPage.applied'));
    }
  };

  return (
    <form className="stacked-form" onSubmit={submit} aria-labelledby="apply-heading">
      <h3 id="apply-heading">{t('myPage.apply')}</h3>
      <Select selectedKey={profile} onSelectionChange={(key) => setProfile(String(key))} className="field select" isRequired>
        <Label>{t('myPage.profile')}</Label>
        <Button className="select-button"><SelectValue>{({ selectedText }) => selectedText || t('myPage.choose')}</SelectValue><span aria-hidden="true"> ▾</span></Button>
        <Popover className="popover">
          <ListBox items={(data?.permissionProfiles ?? []).map((p) => ({ id: p.code, name: p.name }))} className="listbox">
            {(item) => <ListBoxItem id={item.id} className="option">{item.name}</ListBoxItem>}
          </ListBox>
        </Popover>
      </Select>
      <TextField value={unit} onChange={setUnit} className="field" isRequired>
        <Label>{t('myPage.unit')}</Label>
        <Input className="code-input" />
        <Text slot="description">{t('myPage.unitHelp')}</Text>
      </TextField>
      <TextField value={motivation} onChange={setMotivation} className="field" isRequired>
        <Label>{t('myPage.motivation')}</Label>
        <TextArea rows={3} />
      </TextField>
      <UserErrors errors={errors} />
      <ErrorList error={state.error} />
      <Button type="submit" className="button" isDisabled={state.fetching}>{t('myPage.send')}</Button>
    </form>
  );
}

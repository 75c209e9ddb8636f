import { useState, type FormEvent } from 'react';
import { Button, Input, Label, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { normaliseDate } from '../grid';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { Outcome, UserErrors } from './UserErrors';

// docs/graphql.md, screen (d).
const ApplicationsQuery = graphql(`
  query Applications {
    permissionApplications(status: PENDING, first: 50, orderBy: [{ field: SUBMITTED_AT }]) {
      totalCount
      nodes {
        id submittedAt motivation
        applicant { userId name } profile { code name } organisationUnit { code name }
        completedTrainings { code name } missingTrainings { code name }
      }
    }
    me { grants { organisationUnit { code grants { user { name } profile { code name } } } } }
  }
`);

const DecideMutation = graphql(`
  mutation DecidePermissionApplication($input: DecidePermissionApplicationInput!) {
    decidePermissionApplication(input: $input) { application { id status } errors { code reason message path } }
  }
`);

/** (d) The prefekt's pending applications: who applies for what, their trainings, and the decision. */
export default function Applications() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('applications.title'));
  const [list, refetch] = useQuery({ query: ApplicationsQuery, requestPolicy: 'cache-and-network' });
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(null);
  const nodes = list.data?.permissionApplications?.nodes ?? [];
  const date = (value: string) => new Date(value).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'sv-SE');
  const units = new Map((list.data?.me?.grants ?? []).map((g) => [g.organisationUnit.code, g.organisationUnit.grants ?? []]));

  return (
    <>
      <h1>{t('applications.title')}</h1>
      <ErrorList error={list.error} />
      <Outcome message={outcome?.message ?? null} tone={outcome?.tone} />
      {list.data && (nodes.length === 0 ? <p>{t('applications.none')}</p> : (
        <ul className="cards">
          {nodes.map((a) => (
            <li key={a.id} className="card">
              <h2>{t('applications.heading', { name: a.applicant.name, profile: a.profile.name, unit: a.organisationUnit.name })}</h2>
              <dl>
                <dt>{t('applications.applicant')}</dt><dd>{a.applicant.name} ({a.applicant.userId})</dd>
                <dt>{t('applications.submitted')}</dt><dd>{date(a.submittedAt)}</dd>
                <dt>{t('applications.motivation')}</dt><dd>{a.motivation}</dd>
                <dt>{t('applications.completed')}</dt><dd>{a.completedTrainings.map((tr) => tr.name).join(', ') || t('applications.noneTrainings')}</dd>
                <dt>{t('applications.missing')}</dt>
                <dd className={a.missingTrainings.length ? 'warning' : undefined}>{a.missingTrainings.map((tr) => tr.name).join(', ') || t('applications.noneTrainings')}</dd>
              </dl>
              <Decision id={a.id} name={a.applicant.name} missing={a.missingTrainings.length > 0}
                onDone={(message, tone) => { setOutcome({ message, tone }); refetch({ requestPolicy: 'network-only' }); }} />
            </li>
          ))}
        </ul>
      ))}
      {units.size > 0 && (
        <section aria-labelledby="holders-heading">
          <h2 id="holders-heading">{t('applications.holders')}</h2>
          {[...units.entries()].map(([code, grants]) => (
            <div key={code} className="table-wrap">
              <table>
                <caption>{code}</caption>
                <thead><tr><th scope="col">{t('applications.applicant')}</th><th scope="col">{t('applications.profile')}</th></tr></thead>
                <tbody>
                  {grants.map((g, i) => <tr key={i}><th scope="row">{g.user.name}</th><td className="text">{g.profile.name}</td></tr>)}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      )}
    </>
  );
}

function Decision({ id, name, missing, onDone }: { id: string; name: string; missing: boolean; onDone: (message: string, tone: 'success' | 'error') => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [validTo, setValidTo] = useState('');
  const [errors, setErrors] = useState<readonly { code: string; reason: string; message: string }[]>([]);
  const [state, decide] = useMutation(DecideMutation);

  const send = async (approve: boolean, event?: FormEvent) => {
    event?.preventDefault();
    const to = validTo.trim() === '' ? null : normaliseDate(validTo);
    const payload = (await decide({ input: { applicationId: id, approve, reason: reason.trim() || null, validTo: to } })).data?.decidePermissionApplication;
    if (!payload) return;
    setErrors(payload.errors);
    if (payload.errors.length === 0) onDone(t(approve ? 'applications.approved' : 'applications.rejected', { name }), 'success');
  };

  return (
    <form className="stacked-form" onSubmit={(e) => void send(true, e)} aria-label={t('applications.decide', { name })}>
      {missing && <p className="warning">{t('applications.missingWarning')}</p>}
      <TextField value={validTo} onChange={setValidTo} className="field">
        <Label>{t('applications.validTo')}</Label>
        <Input placeholder="2027-06-30" />
      </TextField>
      <TextField value={reason} onChange={setReason} className="field">
        <Label>{t('applications.reason')}</Label>
        <TextArea rows={2} />
      </TextField>
      <UserErrors errors={errors} />
      <ErrorList error={state.error} />
      <div className="inline-form">
        <Button type="submit" className="button" isDisabled={state.fetching}>{t('applications.approve', { name })}</Button>
        <Button className="button secondary" isDisabled={state.fetching} onPress={() => void send(false)}>{t('applications.reject', { name })}</Button>
      </div>
    </form>
  );
}

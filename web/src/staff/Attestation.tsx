import { useState, type FormEvent } from 'react';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { Outcome, UserErrors } from './UserErrors';

const AttestCoursesQuery = graphql(`
  query AttestCourses {
    me { courseRights { kind course { code name } } }
  }
`);

// docs/graphql.md, screen (b), with the offering to filter by.
const AttestationQueueQuery = graphql(`
  query AttestationQueue($courseCode: String, $offeringId: ID) {
    me { workQueues { awaitingMyAttestation removalRequestsToAttest } }
    resultsAwaitingAttestation(scope: ALL_I_MAY_ATTEST, kinds: [RESULT, REMOVAL_REQUEST], courseCode: $courseCode, offeringId: $offeringId,
                               first: 100) {
      totalCount
      nodes {
        id version status grade examinationDate
        course { code name } module { code name } offering { id offeringCode term }
        registration { student { identityNumber name } }
        reportedByUser { name }
      }
    }
  }
`);

const AttestDryRunMutation = graphql(`
  mutation AttestSelection($results: [ResultVersionInput!]!) {
    attestResults(input: { results: $results, dryRun: true }) {
      wouldChange refused
      rows { index outcome errors { code reason message } }
      errors { code reason message }
    }
  }
`);

const AttestMutation = graphql(`
  mutation AttestResults($results: [ResultVersionInput!]!) {
    attestResults(input: { results: $results }) {
      changed refused
      rows { index outcome result { id status version } errors { code reason message } }
      errors { code reason message }
    }
  }
`);

const RejectMutation = graphql(`
  mutation RejectResults($results: [ResultVersionInput!]!, $reason: String!) {
    rejectResults(input: { results: $results, reason: $reason }) {
      changed refused
      rows { index outcome result { id status version } errors { code reason message } }
      errors { code reason message }
    }
  }
`);

const AttestRemovalMutation = graphql(`
  mutation AttestRemoval($result: ResultVersionInput!) {
    attestResultRemoval(input: { result: $result }) { result { id status } errors { code reason message } }
  }
`);

const anyCourse = '*';
type Errors = readonly { code: string; reason: string; message: string }[];

/** (b) The attestation queue: filter by course and offering, select many, check, attest or reject with a reason. */
export default function Attestation() {
  const { t } = useTranslation();
  usePageTitle(t('attest.title'));
  const [search, setSearch] = useSearchParams();
  const courseCode = search.get('course');
  const offeringId = search.get('offering');
  const [{ data: rights }] = useQuery({ query: AttestCoursesQuery });
  const [queue, refetch] = useQuery({ query: AttestationQueueQuery, variables: { courseCode, offeringId }, requestPolicy: 'cache-and-network' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [rowErrors, setRowErrors] = useState<Record<string, Errors>>({});
  const [checked, setChecked] = useState<Record<string, 'ok' | 'refused'>>({});
  const [payloadErrors, setPayloadErrors] = useState<Errors>([]);
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(null);
  const [reason, setReason] = useState('');
  const [dryRunState, dryRun] = useMutation(AttestDryRunMutation);
  const [attestState, attest] = useMutation(AttestMutation);
  const [rejectState, reject] = useMutation(RejectMutation);
  const [removalState, attestRemoval] = useMutation(AttestRemovalMutation);
  const busy = dryRunState.fetching || attestState.fetching || rejectState.fetching || removalState.fetching;

  const nodes = queue.data?.resultsAwaitingAttestation?.nodes ?? [];
  const decidable = nodes.filter((n) => n.status === 'READY');
  const chosen = decidable.filter((n) => selected.has(n.id));
  const courses = (rights?.me?.courseRights ?? []).filter((r) => r.kind === 'ATTEST').map((r) => ({ id: r.course.code, name: `${r.course.code} ${r.course.name}` }));
  const offerings = [...new Map(nodes.filter((n) => n.offering).map((n) => [n.offering!.id, `${n.course.code} ${n.offering!.term} (${n.offering!.offeringCode})`])).entries()];

  const filter = (course: string | null, offering: string | null) => {
    const next = new URLSearchParams();
    if (course) next.set('course', course);
    if (offering) next.set('offering', offering);
    setSearch(next);
    setSelected(new Set());
  };

  const rowsTo = (rows: readonly { index: number; outcome: string; errors: Errors }[]) => {
    setRowErrors(Object.fromEntries(rows.filter((r) => r.errors.length > 0).map((r) => [chosen[r.index].id, r.errors])));
    setChecked(Object.fromEntries(rows.map((r) => [chosen[r.index].id, r.errors.length > 0 ? 'refused' : 'ok'] as const)));
  };
  const refs = () => chosen.map((n) => ({ id: n.id, version: n.version }));

  const check = async () => {
    const payload = (await dryRun({ results: refs() })).data?.attestResults;
    if (!payload) return;
    setPayloadErrors(payload.errors);
    rowsTo(payload.rows);
    setOutcome({ message: t('attest.checked', { wouldChange: payload.wouldChange, refused: payload.refused }), tone: payload.refused > 0 ? 'error' : 'success' });
  };

  const decide = async (event: FormEvent, how: 'attest' | 'reject') => {
    event.preventDefault();
    if (chosen.length === 0) return;
    if (how === 'reject' && reason.trim() === '') {
      setOutcome({ message: t('attest.reasonRequired'), tone: 'error' });
      return;
    }
    const answer = how === 'attest' ? (await attest({ results: refs() })).data?.attestResults : (await reject({ results: refs(), reason })).data?.rejectResults;
    if (!answer) return;
    setPayloadErrors(answer.errors);
    rowsTo(answer.rows);
    setOutcome({ message: t(how === 'attest' ? 'attest.attested' : 'attest.rejected', { changed: answer.changed, refused: answer.refused }), tone: answer.refused > 0 ? 'error' : 'success' });
    setSelected(new Set(answer.rows.filter((r) => r.errors.length > 0).map((r) => chosen[r.index].id)));
    setReason('');
    refetch({ requestPolicy: 'network-only' });
  };

  const decideRemoval = async (id: string, version: string, name: string) => {
    const payload = (await attestRemoval({ result: { id, version } })).data?.attestResultRemoval;
    if (!payload) return;
    setRowErrors((all) => ({ ...all, [id]: payload.errors }));
    setOutcome(payload.errors.length ? { message: t('attest.removalRefused', { name }), tone: 'error' } : { message: t('attest.removalAttested', { name }), tone: 'success' });
    refetch({ requestPolicy: 'network-only' });
  };

  const queues = queue.data?.me?.workQueues;
  return (
    <>
      <h1>{t('attest.title')}</h1>
      {queues && <p>{t('attest.waiting', { results: queues.awaitingMyAttestation, removals: queues.removalRequestsToAttest })}</p>}
      <div className="filters">
        <Select selectedKey={courseCode ?? anyCourse} onSelectionChange={(key) => filter(key === anyCourse ? null : String(key), null)} className="field select">
          <Label>{t('attest.course')}</Label>
          <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
          <Popover className="popover">
            <ListBox items={[{ id: anyCourse, name: t('attest.allCourses') }, ...courses]} className="listbox">
              {(item) => <ListBoxItem id={item.id} className="option">{item.name}</ListBoxItem>}
            </ListBox>
          </Popover>
        </Select>
        <Select selectedKey={offeringId ?? anyCourse} onSelectionChange={(key) => filter(courseCode, key === anyCourse ? null : String(key))} className="field select">
          <Label>{t('attest.offering')}</Label>
          <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
          <Popover className="popover">
            <ListBox items={[{ id: anyCourse, name: t('attest.allOfferings') }, ...offerings.map(([id, name]) => ({ id, name }))]} className="listbox">
              {(item) => <ListBoxItem id={item.id} className="option">{item.name}</ListBoxItem>}
            </ListBox>
          </Popover>
        </Select>
      </div>
      <ErrorList error={queue.error} />
      {queue.fetching && !queue.data && <p>{t('app.loading')}</p>}
      {queue.data && (nodes.length === 0 ? <p>{t('attest.empty')}</p> : (
        <form onSubmit={(e) => void decide(e, 'attest')}>
          <div className="table-wrap">
            <table>
              <caption>{t('attest.caption', { count: queue.data.resultsAwaitingAttestation?.totalCount ?? 0 })}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <input type="checkbox" aria-label={t('attest.selectAll')} checked={decidable.length > 0 && chosen.length === decidable.length}
                      onChange={(e) => setSelected(e.target.checked ? new Set(decidable.map((n) => n.id)) : new Set())} />
                  </th>
                  <th scope="col">{t('report.student')}</th><th scope="col">{t('attest.course')}</th><th scope="col">{t('report.module')}</th>
                  <th scope="col">{t('report.grade')}</th><th scope="col">{t('report.examinationDate')}</th><th scope="col">{t('attest.reportedBy')}</th>
                  <th scope="col">{t('report.rowStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {nodes.map((n) => {
                  const name = n.registration?.student.name ?? '';
                  return (
                    <tr key={n.id} className={rowErrors[n.id]?.length ? 'invalid' : undefined}>
                      <td className="text">
                        {n.status === 'READY' && (
                          <input type="checkbox" checked={selected.has(n.id)} aria-label={t('attest.select', { name, course: n.course.code })}
                            onChange={(e) => setSelected((all) => {
                              const next = new Set(all);
                              if (e.target.checked) next.add(n.id); else next.delete(n.id);
                              return next;
                            })} />
                        )}
                      </td>
                      <th scope="row">{name} <span className="muted">{n.registration?.student.identityNumber}</span></th>
                      <td className="text">{n.course.code} {n.offering?.term}</td>
                      <td className="text">{n.module ? `${n.module.code} ${n.module.name}` : t('attest.courseGrade')}</td>
                      <td className="text">{n.grade}</td>
                      <td className="text">{n.examinationDate}</td>
                      <td className="text">{n.reportedByUser.name}</td>
                      <td className="text">
                        {t(`resultStatus.${n.status}`)}
                        {checked[n.id] === 'ok' && !rowErrors[n.id]?.length && <span> – {t('attest.noObstacle')}</span>}
                        <UserErrors errors={rowErrors[n.id] ?? []} />
                        {n.status === 'REMOVAL_REQUESTED' && (
                          <Button className="button secondary" isDisabled={busy} onPress={() => void decideRemoval(n.id, n.version, name)}>
                            {t('attest.attestRemoval', { name })}
                          </Button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p>{t('attest.selected', { count: chosen.length })}</p>
          <div className="inline-form">
            <Button className="button secondary" isDisabled={busy || chosen.length === 0} onPress={() => void check()}>{t('attest.check')}</Button>
            <Button type="submit" className="button" isDisabled={busy || chosen.length === 0}>{t('attest.attest', { count: chosen.length })}</Button>
          </div>
          <div className="inline-form">
            <TextField value={reason} onChange={setReason} className="field">
              <Label>{t('attest.rejectReason')}</Label>
              <TextArea rows={2} />
            </TextField>
            <Button className="button secondary" isDisabled={busy || chosen.length === 0}
              onPress={() => void decide({ preventDefault() {} } as FormEvent, 'reject')}>{t('attest.reject', { count: chosen.length })}</Button>
          </div>
          <UserErrors errors={payloadErrors} />
          <ErrorList error={dryRunState.error ?? attestState.error ?? rejectState.error ?? removalState.error} />
        </form>
      ))}
      <Outcome message={outcome?.message ?? null} tone={outcome?.tone} />
    </>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Input, Label, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { normaliseDate } from '../grid';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { Outcome, UserErrors } from './UserErrors';

const StudentSearchQuery = graphql(`
  query StudentSearch($search: String!) {
    students(search: $search, first: 25, orderBy: [{ field: LAST_NAME }, { field: FIRST_NAME }]) {
      totalCount
      nodes { id name identityNumber }
    }
  }
`);

// docs/graphql.md, screen (c).
const StudentPageQuery = graphql(`
  query StudentPage($identityNumber: PersonalIdentityNumber!) {
    student(identityNumber: $identityNumber) {
      id name identityNumber
      registrations {
        id term state course { code name } offering { offeringCode startDate endDate }
        studyBreaks { from to } dropout { date reason }
      }
      programmeRegistrations { id programme { code name } studyBreaks { from to resumeTerm } droppedOutOn }
      studyRecord { course { code name } attainedCredits attestedResults { module { code } grade } resultsInProgress { status } }
      transcripts { verificationCode issuedAt pdfUrl }
    }
  }
`);

const RecordDropoutMutation = graphql(`
  mutation RecordDropout($input: RecordDropoutInput!) {
    recordDropout(input: $input) { registration { id state dropout { date reason } } errors { code reason message path } }
  }
`);

const RecordBreakMutation = graphql(`
  mutation RecordProgrammeStudyBreak($input: RecordProgrammeStudyBreakInput!) {
    recordProgrammeStudyBreak(input: $input) {
      programmeRegistration { id studyBreaks { from to resumeTerm } }
      errors { code reason message path }
    }
  }
`);

const IssueTranscriptMutation = graphql(`
  mutation IssueTranscript($studentId: ID!) {
    issueTranscript(input: { studentId: $studentId }) { transcript { verificationCode issuedAt pdfUrl } errors { code reason message } }
  }
`);

type Errors = readonly { code: string; reason: string; message: string }[];

/** (c) Students: search by personnummer or name. */
export function StudentSearch() {
  const { t } = useTranslation();
  usePageTitle(t('students.title'));
  const [search, setSearch] = useSearchParams();
  const navigate = useNavigate();
  const query = search.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const [found] = useQuery({ query: StudentSearchQuery, variables: { search: query }, pause: query === '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = typed.trim();
    if (/^\d{6,8}[-+]?\d{4}$/.test(text)) navigate(`/students/${encodeURIComponent(text)}`);
    else setSearch(new URLSearchParams({ q: text }));
  };

  return (
    <>
      <h1>{t('students.title')}</h1>
      <form className="inline-form" role="search" onSubmit={submit}>
        <TextField value={typed} onChange={setTyped} className="field" isRequired>
          <Label>{t('students.search')}</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button">{t('students.find')}</Button>
      </form>
      <ErrorList error={found.error} />
      {found.data?.students && (
        <section aria-labelledby="hits" aria-live="polite">
          <h2 id="hits">{t('students.hits', { count: found.data.students.totalCount })}</h2>
          <ul>
            {found.data.students.nodes.map((s) => (
              <li key={s.id}><Link to={`/students/${encodeURIComponent(s.identityNumber)}`}>{s.name}, {s.identityNumber}</Link></li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** (c) A student's page: registrations, results, breaks and dropouts; record one; issue and download a transcript. */
export function StudentPage() {
  const { t, i18n } = useTranslation();
  const { identityNumber = '' } = useParams();
  const [page, refetch] = useQuery({ query: StudentPageQuery, variables: { identityNumber }, requestPolicy: 'cache-and-network' });
  const student = page.data?.student;
  usePageTitle(student?.name ?? t('students.title'));
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(null);
  const [issueState, issue] = useMutation(IssueTranscriptMutation);
  const [issueErrors, setIssueErrors] = useState<Errors>([]);
  const dateTime = (value: string) => new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE');

  if (page.error) return <><h1>{t('students.title')}</h1><ErrorList error={page.error} /></>;
  if (!student) return page.fetching ? <p>{t('app.loading')}</p> : <><h1>{t('students.title')}</h1><p role="alert">{t('students.notFound')}</p></>;

  const issueTranscript = async () => {
    const payload = (await issue({ studentId: student.id })).data?.issueTranscript;
    if (!payload) return;
    setIssueErrors(payload.errors);
    if (payload.transcript) {
      setOutcome({ message: t('students.issued', { code: payload.transcript.verificationCode }), tone: 'success' });
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <p><Link to="/students">{t('students.back')}</Link></p>
      <h1>{student.name} <span className="muted">{student.identityNumber}</span></h1>
      <Outcome message={outcome?.message ?? null} tone={outcome?.tone} />

      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">{t('students.registrations')}</h2>
        {student.registrations.length === 0 ? <p>{t('students.noRegistrations')}</p> : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('attest.course')}</th><th scope="col">{t('report.term')}</th><th scope="col">{t('students.period')}</th>
                  <th scope="col">{t('report.state')}</th><th scope="col">{t('students.breaksAndDropouts')}</th><th scope="col">{t('students.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {student.registrations.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.course.code} {r.course.name}</th>
                    <td className="text">{r.term} ({r.offering.offeringCode})</td>
                    <td className="text">{r.offering.startDate} – {r.offering.endDate}</td>
                    <td className="text">{t(`states.${r.state}`)}</td>
                    <td className="text">
                      {r.studyBreaks.map((b) => <div key={b.from}>{t('students.break', { from: b.from, to: b.to })}</div>)}
                      {r.dropout && <div>{t('students.dropout', { date: r.dropout.date })}{r.dropout.reason ? `: ${r.dropout.reason}` : ''}</div>}
                    </td>
                    <td className="text">
                      {!r.dropout && (
                        <DropoutForm registrationId={r.id} course={`${r.course.code} ${r.term}`}
                          onDone={(message) => { setOutcome({ message, tone: 'success' }); refetch({ requestPolicy: 'network-only' }); }} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="programmes-heading">
        <h2 id="programmes-heading">{t('students.programmes')}</h2>
        {student.programmeRegistrations.length === 0 ? <p>{t('students.noProgrammes')}</p> : student.programmeRegistrations.map((p) => (
          <div key={p.id} className="card">
            <h3>{p.programme.code} {p.programme.name}</h3>
            {p.droppedOutOn && <p>{t('students.dropout', { date: p.droppedOutOn })}</p>}
            {p.studyBreaks.length === 0 ? <p>{t('students.noBreaks')}</p> : (
              <ul>{p.studyBreaks.map((b) => <li key={b.from}>{t('students.programmeBreak', { from: b.from, to: b.to, term: b.resumeTerm })}</li>)}</ul>
            )}
            <BreakForm programmeRegistrationId={p.id} programme={p.programme.code}
              onDone={(message) => { setOutcome({ message, tone: 'success' }); refetch({ requestPolicy: 'network-only' }); }} />
          </div>
        ))}
      </section>

      <section aria-labelledby="record-heading">
        <h2 id="record-heading">{t('students.results')}</h2>
        {student.studyRecord.length === 0 ? <p>{t('students.noResults')}</p> : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('attest.course')}</th><th scope="col">{t('students.credits')}</th>
                  <th scope="col">{t('students.attested')}</th><th scope="col">{t('students.inProgress')}</th>
                </tr>
              </thead>
              <tbody>
                {student.studyRecord.map((c) => (
                  <tr key={c.course.code}>
                    <th scope="row">{c.course.code} {c.course.name}</th>
                    <td>{c.attainedCredits.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE')}</td>
                    <td className="text">{c.attestedResults.map((r) => `${r.module?.code ?? t('attest.courseGrade')}: ${r.grade}`).join(', ')}</td>
                    <td className="text">{c.resultsInProgress.map((r) => t(`resultStatus.${r.status}`)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="transcripts-heading">
        <h2 id="transcripts-heading">{t('students.transcripts')}</h2>
        <Button className="button" isDisabled={issueState.fetching} onPress={() => void issueTranscript()}>{t('students.issue')}</Button>
        <UserErrors errors={issueErrors} />
        <ErrorList error={issueState.error} />
        {student.transcripts.length === 0 ? <p>{t('students.noTranscripts')}</p> : (
          <ul>
            {student.transcripts.map((tr) => (
              <li key={tr.verificationCode}>
                {/* A signed link: a plain <a href> works without the Authorization header, for a few minutes. */}
                <a href={tr.pdfUrl} download={`resultatintyg-${tr.verificationCode}.pdf`}>
                  {t('students.download', { code: tr.verificationCode, date: dateTime(tr.issuedAt) })}
                </a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function DropoutForm({ registrationId, course, onDone }: { registrationId: string; course: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [date, setDate] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>([]);
  const [invalid, setInvalid] = useState(false);
  const [state, record] = useMutation(RecordDropoutMutation);
  if (!open) return <Button className="button secondary" onPress={() => setOpen(true)}>{t('students.recordDropout', { course })}</Button>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const iso = normaliseDate(date);
    setInvalid(!iso);
    if (!iso) return;
    const payload = (await record({ input: { registrationId, date: iso, reason: reason.trim() || null } })).data?.recordDropout;
    if (!payload) return;
    setErrors(payload.errors);
    if (payload.errors.length === 0) {
      setOpen(false);
      onDone(t('students.dropoutRecorded', { course }));
    }
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-label={t('students.recordDropout', { course })}>
      <TextField value={date} onChange={setDate} isRequired isInvalid={invalid} className="field" autoFocus>
        <Label>{t('students.dropoutDate')}</Label>
        <Input placeholder="2025-10-20" />
      </TextField>
      {invalid && <p className="row-errors" role="alert">{t('report.dateInvalid')}</p>}
      <TextField value={reason} onChange={setReason} className="field">
        <Label>{t('students.dropoutReason')}</Label>
        <Input />
      </TextField>
      <UserErrors errors={errors} />
      <ErrorList error={state.error} />
      <div className="inline-form">
        <Button type="submit" className="button" isDisabled={state.fetching}>{t('students.save')}</Button>
        <Button className="button secondary" onPress={() => setOpen(false)}>{t('students.cancel')}</Button>
      </div>
    </form>
  );
}

function BreakForm({ programmeRegistrationId, programme, onDone }: { programmeRegistrationId: string; programme: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [resumeTerm, setResumeTerm] = useState('');
  const [guaranteed, setGuaranteed] = useState(true);
  const [errors, setErrors] = useState<Errors>([]);
  const [invalid, setInvalid] = useState(false);
  const [state, record] = useMutation(RecordBreakMutation);
  if (!open) return <Button className="button secondary" onPress={() => setOpen(true)}>{t('students.recordBreak', { programme })}</Button>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fromIso = normaliseDate(from);
    const toIso = normaliseDate(to);
    setInvalid(!fromIso || !toIso);
    if (!fromIso || !toIso) return;
    const payload = (await record({
      input: { programmeRegistrationId, from: fromIso, to: toIso, resumeTerm: resumeTerm.trim().toUpperCase(), guaranteedPlace: guaranteed },
    })).data?.recordProgrammeStudyBreak;
    if (!payload) return;
    setErrors(payload.errors);
    if (payload.errors.length === 0) {
      setOpen(false);
      onDone(t('students.breakRecorded', { programme }));
    }
  };
  return (
    <form onSubmit={submit} className="stacked-form" aria-label={t('students.recordBreak', { programme })}>
      <TextField value={from} onChange={setFrom} isRequired className="field" autoFocus>
        <Label>{t('students.breakFrom')}</Label>
        <Input placeholder="2026-01-19" />
      </TextField>
      <TextField value={to} onChange={setTo} isRequired className="field">
        <Label>{t('students.breakTo')}</Label>
        <Input placeholder="2026-06-07" />
      </TextField>
      {invalid && <p className="row-errors" role="alert">{t('report.dateInvalid')}</p>}
      <TextField value={resumeTerm} onChange={setResumeTerm} isRequired className="field">
        <Label>{t('students.resumeTerm')}</Label>
        <Input placeholder="HT2026" />
      </TextField>
      <label className="checkbox"><input type="checkbox" checked={guaranteed} onChange={(e) => setGuaranteed(e.target.checked)} /> {t('students.guaranteedPlace')}</label>
      <UserErrors errors={errors} />
      <ErrorList error={state.error} />
      <div className="inline-form">
        <Button type="submit" className="button" isDisabled={state.fetching}>{t('students.save')}</Button>
        <Button className="button secondary" onPress={() => setOpen(false)}>{t('students.cancel')}</Button>
      </div>
    </form>
  );
}

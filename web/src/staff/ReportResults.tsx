import { memo, useCallback, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { ParticipantOrderField, ParticipationState } from '../gql/graphql';
import { nextCell, normaliseDate, normaliseGrade } from '../grid';
import { IdempotencyKeeper, worthRetrying } from '../idempotency';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { Outcome, UserErrors } from './UserErrors';

const CourseRightsQuery = graphql(`
  query ReportCourses {
    me { user { userId } courseRights { kind course { code name } } }
  }
`);

// docs/graphql.md, screen (a): the same document, with the sort order and the states the grid's controls choose.
const ExamSittingQuery = graphql(`
  query ExamSitting($courseCode: String!, $term: Term!, $module: String!,
                    $orderBy: [ParticipantOrder!] = [{ field: LAST_NAME }, { field: FIRST_NAME }], $states: [ParticipationState!]) {
    me { courseRights { kind course { code name } } }
    offering(courseCode: $courseCode, term: $term) {
      id offeringCode term
      courseVersion { modules { code name gradingScale { grades { code } } } }
      examiners { userId name }
      participants(first: 500, filter: { noResultOnModule: $module, states: $states }, orderBy: $orderBy) {
        totalCount
        nodes { student { identityNumber firstName lastName } registration { id } results { module { code } grade status } }
      }
    }
  }
`);

const DraftsQuery = graphql(`
  query ReportDrafts($filter: ResultFilter!) {
    results(filter: $filter, first: 500, orderBy: [{ field: LAST_NAME }, { field: FIRST_NAME }]) {
      totalCount
      nodes { id version status grade examinationDate rejectionReason student { identityNumber name } }
    }
  }
`);

const ReportResultsMutation = graphql(`
  mutation ReportResultsGrid($input: ReportResultsInput!) {
    reportResults(input: $input) {
      created updated unchanged conflict invalid
      rows { index outcome result { id version status } errors { code reason message path } }
      errors { code reason message path }
    }
  }
`);

const MarkReadyMutation = graphql(`
  mutation MarkResultsReadyGrid($results: [ResultVersionInput!]!, $examiners: [String!]!) {
    markResultsReady(input: { results: $results, examiners: $examiners }) {
      changed refused
      rows { index outcome result { id version status } errors { code reason message } }
      errors { code reason message }
    }
  }
`);

const sortFields: ParticipantOrderField[] = ['LAST_NAME', 'FIRST_NAME', 'IDENTITY_NUMBER', 'STATE'];
const stateFilters: (ParticipationState | 'ALL')[] = ['ALL', 'REGISTERED', 'ONGOING', 'COMPLETED', 'ON_BREAK', 'DROPOUT'];
const keeper = new IdempotencyKeeper('report-results');

interface Entry {
  grade: string;
  date: string;
}

type RowErrors = readonly { code: string; reason: string; message: string }[];

/** (a) Reporting results for an offering and module: choose, type grades and dates in the grid, save, then mark ready. */
export default function ReportResults() {
  const { t } = useTranslation();
  usePageTitle(t('report.title'));
  const [search, setSearch] = useSearchParams();
  const courseCode = search.get('course') ?? '';
  const term = search.get('term') ?? '';
  const moduleCode = search.get('module') ?? '';
  const [draft, setDraft] = useState({ course: courseCode, term, module: moduleCode });
  const [{ data: rights }] = useQuery({ query: CourseRightsQuery });
  const reportable = (rights?.me?.courseRights ?? []).filter((r) => r.kind === 'REPORT');

  const choose = (event: FormEvent) => {
    event.preventDefault();
    setSearch(new URLSearchParams({ course: draft.course, term: draft.term.trim().toUpperCase(), module: draft.module.trim() }));
  };

  return (
    <>
      <h1>{t('report.title')}</h1>
      <p>{t('report.intro')}</p>
      <form className="filters" onSubmit={choose} aria-label={t('report.choose')}>
        <Select selectedKey={draft.course || null} onSelectionChange={(key) => setDraft({ ...draft, course: String(key) })} className="field select">
          <Label>{t('report.course')}</Label>
          <Button className="select-button"><SelectValue>{({ selectedText }) => selectedText || t('report.pickCourse')}</SelectValue><span aria-hidden="true"> ▾</span></Button>
          <Popover className="popover">
            <ListBox items={reportable.map((r) => ({ id: r.course.code, name: `${r.course.code} ${r.course.name}` }))} className="listbox">
              {(item) => <ListBoxItem id={item.id} className="option">{item.name}</ListBoxItem>}
            </ListBox>
          </Popover>
        </Select>
        <TextField value={draft.term} onChange={(term) => setDraft({ ...draft, term })} className="field" isRequired>
          <Label>{t('report.term')}</Label>
          <Input placeholder="HT2025" />
        </TextField>
        <TextField value={draft.module} onChange={(module) => setDraft({ ...draft, module })} className="field" isRequired>
          <Label>{t('report.module')}</Label>
          <Input placeholder="0001" />
        </TextField>
        <Button type="submit" className="button">{t('report.open')}</Button>
      </form>
      {courseCode && term && moduleCode && rights?.me && (
        <Sitting key={`${courseCode}/${term}/${moduleCode}`} courseCode={courseCode} term={term} moduleCode={moduleCode} userId={rights.me.user.userId} />
      )}
    </>
  );
}

function Sitting({ courseCode, term, moduleCode, userId }: { courseCode: string; term: string; moduleCode: string; userId: string }) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<{ field: ParticipantOrderField; direction: 'ASC' | 'DESC' }>({ field: 'LAST_NAME', direction: 'ASC' });
  const [stateFilter, setStateFilter] = useState<ParticipationState | 'ALL'>('ALL');
  const orderBy = useMemo(() => [{ field: sort.field, direction: sort.direction }, ...(sort.field === 'LAST_NAME' ? [{ field: 'FIRST_NAME' as const }] : [])], [sort]);
  const [sitting, refetchSitting] = useQuery({
    query: ExamSittingQuery,
    variables: { courseCode, term, module: moduleCode, orderBy, states: stateFilter === 'ALL' ? null : [stateFilter] },
  });
  const offering = sitting.data?.offering;
  const module = offering?.courseVersion.modules.find((m) => m.code === moduleCode);
  const grades = module?.gradingScale.grades.map((g) => g.code) ?? [];
  const participants = offering?.participants.nodes ?? [];

  const [entries, setEntries] = useState<Record<string, Entry>>({});
  const [commonDate, setCommonDate] = useState('');
  const [rowErrors, setRowErrors] = useState<Record<string, RowErrors>>({});
  const [problems, setProblems] = useState<Record<string, string[]>>({});
  const [outcome, setOutcome] = useState<{ message: string; tone: 'success' | 'error' } | null>(null);
  const [payloadErrors, setPayloadErrors] = useState<RowErrors>([]);
  const [{ fetching: saving, error: saveError }, report] = useMutation(ReportResultsMutation);
  const grid = useRef<HTMLTableSectionElement>(null);

  const [drafts, refetchDrafts] = useQuery({
    query: DraftsQuery,
    variables: { filter: { reportedBy: userId, status: ['DRAFT', 'REJECTED'], offeringId: offering?.id ?? null, moduleCode } },
    pause: !offering,
  });

  // Stable callbacks and memoised rows: typing in one cell re-renders that row, not all 500.
  const setEntry = useCallback((registrationId: string, change: Partial<Entry>) =>
    setEntries((all) => ({ ...all, [registrationId]: { ...(all[registrationId] ?? { grade: '', date: '' }), ...change } })), []);

  const rowCount = participants.length;
  const onKeyDown = useCallback((event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const input = event.currentTarget;
    const caret = { atStart: input.selectionStart === 0 && input.selectionEnd === 0, atEnd: input.selectionStart === input.value.length };
    const target = nextCell({ row, column }, event.key, event.shiftKey, { rows: rowCount, columns: 2 }, caret);
    if (!target) return;
    event.preventDefault();
    grid.current?.querySelector<HTMLInputElement>(`[data-cell="${target.row}:${target.column}"]`)?.focus();
  }, [rowCount]);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!offering) return;
    const found: Record<string, string[]> = {};
    const sent: { registrationId: string; row: { identityNumber: string; grade: string; examinationDate: string } }[] = [];
    for (const p of participants) {
      const entry = entries[p.registration.id];
      if (!entry || (entry.grade.trim() === '' && entry.date.trim() === '')) continue;
      const grade = normaliseGrade(entry.grade, grades);
      const date = normaliseDate(entry.date.trim() === '' ? commonDate : entry.date);
      const wrong: string[] = [];
      if (!grade) wrong.push(t('report.gradeInvalid', { grades: grades.join(', ') }));
      if (!date) wrong.push(t('report.dateInvalid'));
      if (wrong.length) found[p.registration.id] = wrong;
      else sent.push({ registrationId: p.registration.id, row: { identityNumber: p.student.identityNumber, grade: grade!, examinationDate: date! } });
    }
    setProblems(found);
    setRowErrors({});
    setPayloadErrors([]);
    if (Object.keys(found).length > 0) {
      setOutcome({ message: t('report.fixRows', { count: Object.keys(found).length }), tone: 'error' });
      return;
    }
    if (sent.length === 0) {
      setOutcome({ message: t('report.nothingToSave'), tone: 'error' });
      return;
    }
    const batch = { offeringId: offering.id, moduleCode, rows: sent.map((s) => s.row) };
    const idempotencyKey = keeper.keyFor(batch);
    const answer = await report({ input: { ...batch, idempotencyKey } });
    const payload = answer.data?.reportResults;
    if (!payload) {
      // Nothing (or a 503) came back: the key stays, and saving again sends the same batch under it.
      setOutcome({ message: t(answer.error && worthRetrying(answer.error) ? 'report.retry' : 'report.failed'), tone: 'error' });
      return;
    }
    keeper.answered();
    setPayloadErrors(payload.errors);
    const refused: Record<string, RowErrors> = {};
    for (const row of payload.rows) {
      if (row.errors.length > 0) refused[sent[row.index].registrationId] = row.errors;
    }
    setRowErrors(refused);
    setEntries((all) => Object.fromEntries(Object.entries(all).filter(([id]) => refused[id])));
    setOutcome({
      message: t('report.saved', { created: payload.created, updated: payload.updated, unchanged: payload.unchanged, refused: payload.conflict + payload.invalid }),
      tone: payload.conflict + payload.invalid > 0 || payload.errors.length > 0 ? 'error' : 'success',
    });
    refetchDrafts({ requestPolicy: 'network-only' });
    if (Object.keys(refused).length === 0) refetchSitting({ requestPolicy: 'network-only' });
  };

  // The controls and the mark-ready section are kept as they are while a grade is typed, so a key press re-renders the
  // grid's changed row only, not the selects (React Aria builds their collections on every render).
  const filters = useMemo(() => (
    <div className="filters">
      <Select selectedKey={sort.field} onSelectionChange={(key) => setSort({ ...sort, field: key as ParticipantOrderField })} className="field select">
        <Label>{t('report.sortBy')}</Label>
        <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
        <Popover className="popover">
          <ListBox className="listbox">
            {sortFields.map((field) => <ListBoxItem key={field} id={field} className="option">{t(`report.sort.${field}`)}</ListBoxItem>)}
          </ListBox>
        </Popover>
      </Select>
      <Select selectedKey={sort.direction} onSelectionChange={(key) => setSort({ ...sort, direction: key as 'ASC' | 'DESC' })} className="field select">
        <Label>{t('report.direction')}</Label>
        <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
        <Popover className="popover">
          <ListBox className="listbox">
            <ListBoxItem id="ASC" className="option">{t('report.ascending')}</ListBoxItem>
            <ListBoxItem id="DESC" className="option">{t('report.descending')}</ListBoxItem>
          </ListBox>
        </Popover>
      </Select>
      <Select selectedKey={stateFilter} onSelectionChange={(key) => setStateFilter(key as ParticipationState | 'ALL')} className="field select">
        <Label>{t('report.state')}</Label>
        <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
        <Popover className="popover">
          <ListBox className="listbox">
            {stateFilters.map((state) => <ListBoxItem key={state} id={state} className="option">{t(`states.${state}`)}</ListBoxItem>)}
          </ListBox>
        </Popover>
      </Select>
    </div>
  ), [sort, stateFilter, t]);
  const draftNodes = drafts.data?.results?.nodes;
  const examiners = offering?.examiners;
  const markReady = useMemo(() => (
    <MarkReady drafts={draftNodes ?? []} examiners={examiners ?? []} onDone={() => refetchDrafts({ requestPolicy: 'network-only' })} />
  ), [draftNodes, examiners, refetchDrafts]);

  if (sitting.error) return <ErrorList error={sitting.error} />;
  if (!offering) return sitting.fetching ? <p>{t('app.loading')}</p> : <p role="alert">{t('report.noOffering')}</p>;
  if (!module) return <p role="alert">{t('report.noModule', { modules: offering.courseVersion.modules.map((m) => m.code).join(', ') })}</p>;

  return (
    <>
      <h2>{t('report.sitting', { course: courseCode, term: offering.term, module: `${module.code} ${module.name}` })}</h2>
      {filters}

      <form onSubmit={save} aria-labelledby="grid-caption">
        <div className="inline-form">
          <TextField value={commonDate} onChange={setCommonDate} className="field">
            <Label>{t('report.commonDate')}</Label>
            <Input placeholder="2025-10-20" />
          </TextField>
        </div>
        <p id="grid-help" className="help">{t('report.gridHelp', { grades: grades.join(', ') })}</p>
        <datalist id="grades">{grades.map((g) => <option key={g} value={g} />)}</datalist>
        <div className="table-wrap">
          <table className="grid">
            <caption id="grid-caption">{t('report.gridCaption', { count: offering.participants.totalCount })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.student')}</th>
                <th scope="col">{t('report.identityNumber')}</th>
                <th scope="col">{t('report.grade')}</th>
                <th scope="col">{t('report.examinationDate')}</th>
                <th scope="col">{t('report.rowStatus')}</th>
              </tr>
            </thead>
            <tbody ref={grid}>
              {participants.map((p, row) => (
                <GridRow key={p.registration.id} row={row} registrationId={p.registration.id} identityNumber={p.student.identityNumber}
                  name={`${p.student.lastName}, ${p.student.firstName}`} entry={entries[p.registration.id]} placeholder={commonDate || 'ÅÅÅÅ-MM-DD'}
                  errors={rowErrors[p.registration.id]} local={problems[p.registration.id]} onEntry={setEntry} onKeyDown={onKeyDown} />
              ))}
            </tbody>
          </table>
        </div>
        {participants.length === 0 && <p>{t('report.everyoneReported')}</p>}
        <UserErrors errors={payloadErrors} />
        <ErrorList error={saveError} />
        <Button type="submit" className="button" isDisabled={saving}>{saving ? t('report.saving') : t('report.save')}</Button>
      </form>
      <Outcome message={outcome?.message ?? null} tone={outcome?.tone} />

      {markReady}
    </>
  );
}

interface GridRowProps {
  row: number;
  registrationId: string;
  identityNumber: string;
  name: string;
  entry: Entry | undefined;
  placeholder: string;
  errors: RowErrors | undefined;
  local: string[] | undefined;
  onEntry: (registrationId: string, change: Partial<Entry>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => void;
}

/** One participant's row: grade and date cells, and the row's own errors, tied to its fields for screen readers. */
const GridRow = memo(function GridRow({ row, registrationId, identityNumber, name, entry, placeholder, errors = [], local = [], onEntry, onKeyDown }: GridRowProps) {
  const { t } = useTranslation();
  const invalid = errors.length > 0 || local.length > 0;
  return (
    <tr className={invalid ? 'invalid' : undefined}>
      <th scope="row">{name}</th>
      <td className="text">{identityNumber}</td>
      <td>
        <input data-cell={`${row}:0`} className="cell grade" list="grades" value={entry?.grade ?? ''} size={4}
          aria-label={t('report.gradeFor', { name })} aria-invalid={invalid || undefined} aria-describedby={invalid ? `errors-${row}` : 'grid-help'}
          onChange={(e) => onEntry(registrationId, { grade: e.target.value })} onKeyDown={(e) => onKeyDown(e, row, 0)} />
      </td>
      <td>
        <input data-cell={`${row}:1`} className="cell date" value={entry?.date ?? ''} size={10} placeholder={placeholder}
          aria-label={t('report.dateFor', { name })} aria-invalid={invalid || undefined} aria-describedby={invalid ? `errors-${row}` : undefined}
          onChange={(e) => onEntry(registrationId, { date: e.target.value })} onKeyDown={(e) => onKeyDown(e, row, 1)} />
      </td>
      <td className="text" id={`errors-${row}`}>
        {local.length > 0 && <ul className="row-errors">{local.map((m) => <li key={m}>{m}</li>)}</ul>}
        <UserErrors errors={errors} />
      </td>
    </tr>
  );
});

interface DraftRow {
  id: string;
  version: string;
  status: string;
  grade: string;
  examinationDate: string;
  rejectionReason?: string | null;
  student: { identityNumber: string; name: string };
}

function MarkReady({ drafts, examiners, onDone }: { drafts: readonly DraftRow[]; examiners: readonly { userId: string; name: string }[]; onDone: () => void }) {
  const { t } = useTranslation();
  const [unselected, setUnselected] = useState<Set<string>>(new Set());
  const [examiner, setExaminer] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, RowErrors>>({});
  const [payloadErrors, setPayloadErrors] = useState<RowErrors>([]);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [{ fetching, error }, markReady] = useMutation(MarkReadyMutation);
  const selected = drafts.filter((d) => !unselected.has(d.id));

  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (!examiner) {
      setOutcome(t('report.pickExaminer'));
      return;
    }
    const answer = await markReady({ results: selected.map((d) => ({ id: d.id, version: d.version })), examiners: [examiner] });
    const payload = answer.data?.markResultsReady;
    if (!payload) return;
    setPayloadErrors(payload.errors);
    setRowErrors(Object.fromEntries(payload.rows.filter((r) => r.errors.length > 0).map((r) => [selected[r.index].id, r.errors])));
    setOutcome(t('report.markedReady', { changed: payload.changed, refused: payload.refused }));
    onDone();
  };

  return (
    <section aria-labelledby="mark-ready-heading">
      <h2 id="mark-ready-heading">{t('report.markReadyTitle')}</h2>
      {drafts.length === 0 ? <p>{t('report.noDrafts')}</p> : (
        <form onSubmit={send}>
          <div className="table-wrap">
            <table>
              <caption>{t('report.draftsCaption', { count: drafts.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('report.include')}</th><th scope="col">{t('report.student')}</th><th scope="col">{t('report.grade')}</th>
                  <th scope="col">{t('report.examinationDate')}</th><th scope="col">{t('report.rowStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {drafts.map((d) => (
                  <tr key={d.id}>
                    <td className="text">
                      <input type="checkbox" checked={!unselected.has(d.id)} aria-label={t('report.includeFor', { name: d.student.name })}
                        onChange={(e) => setUnselected((all) => {
                          const next = new Set(all);
                          if (e.target.checked) next.delete(d.id); else next.add(d.id);
                          return next;
                        })} />
                    </td>
                    <th scope="row">{d.student.name}</th>
                    <td className="text">{d.grade}</td>
                    <td className="text">{d.examinationDate}</td>
                    <td className="text">
                      {t(`resultStatus.${d.status}`)}{d.rejectionReason ? `: ${d.rejectionReason}` : ''}
                      <UserErrors errors={rowErrors[d.id] ?? []} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="inline-form">
            <Select selectedKey={examiner} onSelectionChange={(key) => setExaminer(String(key))} className="field select" isRequired>
              <Label>{t('report.examiner')}</Label>
              <Button className="select-button"><SelectValue>{({ selectedText }) => selectedText || t('report.pickExaminer')}</SelectValue><span aria-hidden="true"> ▾</span></Button>
              <Popover className="popover">
                <ListBox items={examiners.map((e) => ({ id: e.userId, name: `${e.name} (${e.userId})` }))} className="listbox">
                  {(item) => <ListBoxItem id={item.id} className="option">{item.name}</ListBoxItem>}
                </ListBox>
              </Popover>
            </Select>
            <Button type="submit" className="button" isDisabled={fetching || selected.length === 0}>{t('report.markReady', { count: selected.length })}</Button>
          </div>
          <UserErrors errors={payloadErrors} />
          <ErrorList error={error} />
        </form>
      )}
      <Outcome message={outcome} />
    </section>
  );
}

import { lazy, Suspense, useState, type FormEvent } from 'react';
import { Button, Input, Label, ListBox, ListBoxItem, NumberField, Popover, Select, SelectValue } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../title';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { courseFigures, figuresByYear, formatFigure, parseYear, yearStatus, yearsUpTo } from '../fte';
import { graphql } from '../gql';
import { ErrorList } from './ErrorList';

const FteChart = lazy(() => import('./FteChart'));

const DepartmentsQuery = graphql(`
  query FteDepartments {
    organisationUnits { id code name nameEn kind }
  }
`);

// docs/graphql.md, screen (f): every course over the chosen year and the two before it in one call, each row with the
// status of its year (closed, when, the corrections since), so the chosen year's status is read from its rows.
const FiguresQuery = graphql(`
  query Dashboard($years: [Int!]!, $unit: String) {
    fullTimeEquivalents(years: $years, organisationUnitCode: $unit, groupBy: [COURSE]) {
      period hst hpr closed closedAt
      course { code name }
      corrections { reason hst hpr }
    }
  }
`);

const everyUnit = '*';

/** (f) HST and HPR for a year and a department: a chart, the same figures as a table, and whether the year is closed. */
export default function Dashboard() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = parseYear(search.get('year'), thisYear);
  const unit = search.get('unit');
  const [draftYear, setDraftYear] = useState(year);
  const [draftUnit, setDraftUnit] = useState(unit ?? everyUnit);

  const [departments] = useQuery({ query: DepartmentsQuery });
  const years = yearsUpTo(year);
  const [figures] = useQuery({ query: FiguresQuery, variables: { years, unit } });
  const format = (value: number) => formatFigure(value, i18n.language);
  const unitName = (code: string | null) => {
    const found = departments.data?.organisationUnits?.find((u) => u.code === code);
    if (!found) return code ?? t('dashboard.allDepartments');
    return `${i18n.language === 'en' ? found.nameEn : found.name} (${found.code})`;
  };

  const show = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams({ year: String(Number.isFinite(draftYear) ? draftYear : thisYear) });
    if (draftUnit !== everyUnit) next.set('unit', draftUnit);
    setSearch(next);
  };

  const courseRows = figures.data?.fullTimeEquivalents ?? [];
  const yearRows = courseRows.filter((r) => r.period === String(year));
  const total = yearRows.length > 0 ? yearStatus(yearRows) : null;
  const { courses, total: sum } = courseFigures(yearRows.map((r) => ({ ...r, courseCode: r.course?.code })));
  const overYears = figuresByYear(courseRows, years);
  const courseNames = new Map(courseRows.filter((r) => r.course).map((r) => [r.course!.code, r.course!.name]));
  const options = [
    { id: everyUnit, name: t('dashboard.allDepartments') },
    ...(departments.data?.organisationUnits ?? []).filter((u) => u.kind === 'DEPARTMENT')
      .map((u) => ({ id: u.code, name: `${i18n.language === 'en' ? u.nameEn : u.name} (${u.code})` })),
  ];

  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.intro')}</p>
      <form className="filters" onSubmit={show}>
        <NumberField value={draftYear} onChange={setDraftYear} minValue={1970} maxValue={thisYear + 1}
          formatOptions={{ useGrouping: false }} className="field">
          <Label>{t('dashboard.year')}</Label>
          <Input />
        </NumberField>
        <Select selectedKey={draftUnit} onSelectionChange={(key) => setDraftUnit(String(key))} className="field select">
          <Label>{t('dashboard.department')}</Label>
          <Button className="select-button"><SelectValue /><span aria-hidden="true"> ▾</span></Button>
          <Popover className="popover">
            <ListBox items={options} className="listbox">
              {(option) => <ListBoxItem id={option.id} className="option">{option.name}</ListBoxItem>}
            </ListBox>
          </Popover>
        </Select>
        <Button type="submit" className="button">{t('dashboard.show')}</Button>
      </form>

      <ErrorList error={departments.error ?? figures.error} />
      {figures.fetching && <p aria-live="polite">{t('app.loading')}</p>}

      {figures.data && (
        <section aria-labelledby="figures-heading">
          <h2 id="figures-heading">{t('dashboard.tableCaption', { year, unit: unitName(unit) })}</h2>
          {total && (
            <p className={total.closed ? 'status closed' : 'status open'}>
              {total.closed && total.closedAt
                ? t('dashboard.closed', { date: new Date(total.closedAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'sv-SE') })
                : t('dashboard.open')}
            </p>
          )}
          {courses.length === 0 ? <p>{t('dashboard.noRows')}</p> : (
            <div className="figures">
              <div className="chart">
                <Suspense fallback={<p>{t('app.loading')}</p>}>
                  <FteChart rows={courses} hstLabel={t('dashboard.hst')} hprLabel={t('dashboard.hpr')} format={format}
                    label={t('dashboard.chartTitle', { year })} />
                </Suspense>
              </div>
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="fte-table-caption">
                <table>
                  <caption id="fte-table-caption">{t('dashboard.tableCaption', { year, unit: unitName(unit) })}</caption>
                  <thead>
                    <tr><th scope="col">{t('dashboard.course')}</th><th scope="col">{t('dashboard.hst')}</th><th scope="col">{t('dashboard.hpr')}</th></tr>
                  </thead>
                  <tbody>
                    {courses.map((row) => (
                      <tr key={row.label}><th scope="row">{row.label}</th><td>{format(row.hst)}</td><td>{format(row.hpr)}</td></tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr><th scope="row">{t('dashboard.total')}</th><td>{format(sum.hst)}</td><td>{format(sum.hpr)}</td></tr>
                  </tfoot>
                </table>
              </div>
            </div>
          )}
          {overYears.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="fte-years-caption">
              <table>
                <caption id="fte-years-caption">{t('dashboard.yearsCaption', { from: years[0], to: years[years.length - 1], unit: unitName(unit) })}</caption>
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2}>{t('dashboard.course')}</th>
                    {years.map((y) => <th key={y} scope="colgroup" colSpan={2}>{y}</th>)}
                  </tr>
                  <tr>{years.map((y) => [<th key={`${y}h`} scope="col">{t('dashboard.hst')}</th>, <th key={`${y}p`} scope="col">{t('dashboard.hpr')}</th>])}</tr>
                </thead>
                <tbody>
                  {overYears.map((row) => (
                    <tr key={row.code}>
                      <th scope="row">{row.code} {courseNames.get(row.code)}</th>
                      {row.years.map((f, i) => [<td key={`${i}h`}>{format(f.hst)}</td>, <td key={`${i}p`}>{format(f.hpr)}</td>])}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {total?.closed && (
            <>
              <h3>{t('dashboard.corrections')}</h3>
              {total.corrections.length === 0 ? <p>{t('dashboard.noCorrections')}</p> : (
                <table>
                  <thead>
                    <tr><th scope="col">{t('dashboard.reason')}</th><th scope="col">{t('dashboard.hst')}</th><th scope="col">{t('dashboard.hpr')}</th></tr>
                  </thead>
                  <tbody>
                    {total.corrections.map((c) => (
                      <tr key={c.reason}><th scope="row">{t(`dashboard.reasons.${c.reason}`)}</th><td>{format(c.hst)}</td><td>{format(c.hpr)}</td></tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}

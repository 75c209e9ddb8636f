import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorList } from '../pages/ErrorList';
import { usePageTitle } from '../title';
import { MyStudiesQuery } from './documents';
import { NotAStudent, useCredits } from './shared';

/** Mina studier (docs/graphql.md, screen (g)): registrations, results (in progress without a grade), the study record per term. */
export default function MyStudies() {
  const { t } = useTranslation();
  usePageTitle(t('myStudies.title'));
  const credits = useCredits();
  const [{ data, error }] = useQuery({ query: MyStudiesQuery, requestPolicy: 'cache-and-network' });

  if (error) return <><h1>{t('myStudies.title')}</h1><ErrorList error={error} /></>;
  if (!data) return <p>{t('app.loading')}</p>;
  const student = data.me?.student;
  if (!student) return <NotAStudent title={t('myStudies.title')} />;

  return (
    <>
      <h1>{t('myStudies.title')}</h1>
      <p>{t('myStudies.hello', { name: `${student.firstName} ${student.lastName}` })}</p>
      <dl className="summary">
        <dt>{t('myStudies.attained')}</dt><dd>{credits(student.attainedCredits)}</dd>
        <dt>{t('myStudies.transferred')}</dt><dd>{credits(student.transferredCredits)}</dd>
      </dl>

      <section aria-labelledby="my-registrations">
        <h2 id="my-registrations">{t('myStudies.registrations')}</h2>
        {student.registrations.length === 0 ? <p>{t('myStudies.noRegistrations')}</p> : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('myStudies.registrations')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myStudies.course')}</th><th scope="col">{t('myStudies.term')}</th>
                  <th scope="col">{t('myStudies.offering')}</th><th scope="col">{t('myStudies.kind')}</th><th scope="col">{t('myStudies.state')}</th>
                </tr>
              </thead>
              <tbody>
                {student.registrations.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="text">{r.course.code} {r.course.name}</th>
                    <td className="text">{r.term}</td>
                    <td className="text">{t('myStudies.offeringText', { code: r.offering.offeringCode, start: r.offering.startDate, end: r.offering.endDate })}</td>
                    <td className="text">{t(`registrationKind.${r.kind}`)}</td>
                    <td className="text">{t(`states.${r.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="my-results">
        <h2 id="my-results">{t('myStudies.results')}</h2>
        <p className="help">{t('myStudies.resultsHelp')}</p>
        {student.results.length === 0 ? <p>{t('myStudies.noResults')}</p> : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('myStudies.results')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('myStudies.course')}</th><th scope="col">{t('myStudies.module')}</th><th scope="col">{t('myStudies.grade')}</th>
                  <th scope="col">{t('myStudies.credits')}</th><th scope="col">{t('myStudies.date')}</th><th scope="col">{t('myStudies.status')}</th>
                </tr>
              </thead>
              <tbody>
                {student.results.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className="text">{r.course.code} {r.course.name}</th>
                    <td className="text">{r.module ? `${r.module.code} ${r.module.name}` : r.transferredFrom ? t('myStudies.transferredFrom', { from: r.transferredFrom }) : t('myStudies.courseGrade')}</td>
                    <td className="text">{r.grade ?? '–'}</td>
                    <td>{credits(r.credits)}</td>
                    <td className="text">{r.examinationDate ?? '–'}</td>
                    <td className="text"><span className={`status ${r.status === 'IN_PROGRESS' ? 'pending' : ''}`}>{t(`myResultStatus.${r.status}`)}</span></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="my-record">
        <h2 id="my-record">{t('myStudies.record')}</h2>
        {student.studyRecord.length === 0 ? <p>{t('myStudies.noRegistrations')}</p> : (
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('myStudies.record')}</caption>
              <thead>
                <tr><th scope="col">{t('myStudies.term')}</th><th scope="col">{t('myStudies.courses')}</th><th scope="col">{t('myStudies.termCredits')}</th></tr>
              </thead>
              <tbody>
                {student.studyRecord.map((term) => (
                  <tr key={term.term}>
                    <th scope="row" className="text">{term.term}</th>
                    <td className="text">{term.registrations.map((r) => `${r.course.code} ${r.course.name}`).join(', ')}</td>
                    <td>{credits(term.attainedCredits)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr><th scope="row" className="text">{t('myStudies.total')}</th><td /><td>{credits(student.attainedCredits)}</td></tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

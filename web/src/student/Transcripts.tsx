import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorList } from '../pages/ErrorList';
import { Outcome, UserErrors } from '../staff/UserErrors';
import { usePageTitle } from '../title';
import { IssueMyTranscriptMutation, MyTranscriptsQuery } from './documents';
import { NotAStudent, useDateTime } from './shared';

type Errors = readonly { code: string; reason: string; message: string }[];

/** Transcripts (docs/graphql.md, screen (j)): issue one of one's own (`issueMyTranscript`) and download any as a PDF. */
export default function Transcripts() {
  const { t } = useTranslation();
  usePageTitle(t('myTranscripts.title'));
  const dateTime = useDateTime();
  const [page, refetch] = useQuery({ query: MyTranscriptsQuery, requestPolicy: 'cache-and-network' });
  const [issueState, issue] = useMutation(IssueMyTranscriptMutation);
  const [errors, setErrors] = useState<Errors>([]);
  const [issuedCode, setIssuedCode] = useState<string | null>(null);

  if (page.error) return <><h1>{t('myTranscripts.title')}</h1><ErrorList error={page.error} /></>;
  if (!page.data) return <p>{t('app.loading')}</p>;
  const student = page.data.me?.student;
  if (!student) return <NotAStudent title={t('myTranscripts.title')} />;

  const issueTranscript = async () => {
    const payload = (await issue({})).data?.issueMyTranscript;
    if (!payload) return;
    setErrors(payload.errors);
    if (payload.transcript) {
      setIssuedCode(payload.transcript.verificationCode);
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <>
      <h1>{t('myTranscripts.title')}</h1>
      <p>{t('myTranscripts.intro')}</p>
      <Outcome message={issuedCode ? t('students.issued', { code: issuedCode }) : null} />
      <Button className="button" isDisabled={issueState.fetching} onPress={() => void issueTranscript()}>{t('students.issue')}</Button>
      <UserErrors errors={errors} />
      <ErrorList error={issueState.error} />
      <section aria-labelledby="my-transcripts">
        <h2 id="my-transcripts">{t('myTranscripts.issued')}</h2>
        {student.transcripts.length === 0 ? <p>{t('students.noTranscripts')}</p> : (
          <ul>
            {student.transcripts.map((tr) => (
              <li key={tr.verificationCode}>
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

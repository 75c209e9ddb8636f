import { useState, type FormEvent } from 'react';
import { Button, FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../title';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { normaliseCode } from '../verification';
import { ErrorList } from './ErrorList';

const VerifyQuery = graphql(`
  query VerifyTranscript($code: String!, $content: String) {
    verifyTranscript(code: $code, content: $content) { valid studentName issuedAt }
  }
`);

/** Public: anyone holding a transcript checks its code at /verify or /verify/{code}, and optionally its content. */
export default function Verify() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('verify.title'));
  const navigate = useNavigate();
  const { code: codeInAddress } = useParams();
  const [code, setCode] = useState(codeInAddress ?? '');
  const [content, setContent] = useState('');
  const [asked, setAsked] = useState<{ code: string; content: string | null } | null>(() => {
    const fromAddress = codeInAddress ? normaliseCode(codeInAddress) : null;
    return fromAddress ? { code: fromAddress, content: null } : null;
  });
  const [invalid, setInvalid] = useState<string | null>(null);
  const [answer] = useQuery({ query: VerifyQuery, variables: asked ?? { code: '' }, pause: !asked, requestPolicy: 'network-only' });

  const check = (event: FormEvent) => {
    event.preventDefault();
    const normalised = normaliseCode(code);
    if (!code.trim()) return setInvalid(t('verify.codeRequired'));
    if (!normalised) return setInvalid(t('verify.codeInvalid'));
    setInvalid(null);
    setAsked({ code: normalised, content: content.trim() || null });
    navigate(`/verify/${normalised}`, { replace: true });
  };

  const result = answer.data?.verifyTranscript;
  return (
    <>
      <h1>{t('verify.title')}</h1>
      <p>{t('verify.intro')}</p>
      <form onSubmit={check} noValidate className="stacked-form">
        <TextField value={code} onChange={setCode} isRequired isInvalid={invalid !== null} validationBehavior="aria" autoComplete="off">
          <Label>{t('verify.code')}</Label>
          <Input className="code-input" />
          <Text slot="description">{t('verify.codeHelp')}</Text>
          <FieldError>{invalid}</FieldError>
        </TextField>
        <TextField value={content} onChange={setContent}>
          <Label>{t('verify.content')}</Label>
          <TextArea rows={6} />
          <Text slot="description">{t('verify.contentHelp')}</Text>
        </TextField>
        <Button type="submit" className="button">{t('verify.check')}</Button>
      </form>

      <ErrorList error={answer.error} />
      <div aria-live="polite">
        {answer.fetching && <p>{t('app.loading')}</p>}
        {result && !answer.fetching && (
          <div className={result.valid ? 'alert success' : 'alert error'} data-testid="verification-result">
            <p><strong>{result.valid ? t(asked?.content ? 'verify.genuineContent' : 'verify.genuine') : t('verify.notGenuine')}</strong></p>
            {result.valid && (
              <dl>
                <dt>{t('verify.student')}</dt><dd>{result.studentName}</dd>
                <dt>{t('verify.issuedAt')}</dt>
                <dd>{result.issuedAt && new Date(result.issuedAt).toLocaleDateString(i18n.language === 'en' ? 'en-GB' : 'sv-SE')}</dd>
              </dl>
            )}
          </div>
        )}
      </div>
    </>
  );
}

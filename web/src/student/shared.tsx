import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Credits (hp) in the user's language: 7,5 hp in Swedish, 7.5 credits in English. */
export function useCredits() {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { maximumFractionDigits: 1 });
  return (value: number) => t('myStudies.hp', { credits: format.format(value) });
}

/** A moment in the user's language and zone, such as "14 jan. 2026 09:00". */
export function useDateTime() {
  const { i18n } = useTranslation();
  return (value: string) => new Date(value).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A staff user who opened a student's address: `me.student` is null for them. */
export function NotAStudent({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h1>{title}</h1>
      <p role="alert">{t('myStudies.notAStudent')}</p>
      <p><Link to="/">{t('notFound.home')}</Link></p>
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../title';
import { Link } from 'react-router';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p><Link to="/">{t('notFound.home')}</Link></p>
    </>
  );
}

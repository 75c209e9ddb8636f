import { useTranslation } from 'react-i18next';
import { userErrorOf } from '../errors';
import { knownReasons } from '../i18n';

/** A payload's errors (`UserError`) in the user's language, by their reason when the app has a sentence for it. */
export function UserErrors({ errors, id }: { errors: readonly { code: string; reason: string; message: string }[]; id?: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <ul className="row-errors" id={id}>
      {errors.map((error, i) => {
        const shown = userErrorOf(error, knownReasons);
        return <li key={i}>{t(shown.key)}{shown.detail ? ` ${shown.detail}` : ''}</li>;
      })}
    </ul>
  );
}

/** A polite live region: the outcome of the last action, read out once by screen readers. */
export function Outcome({ message, tone = 'success' }: { message: string | null; tone?: 'success' | 'error' }) {
  return (
    <div aria-live="polite" role="status" className={message ? `alert ${tone}` : 'visually-hidden'}>
      {message}
    </div>
  );
}

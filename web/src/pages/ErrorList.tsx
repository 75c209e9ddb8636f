import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { errorsOf } from '../errors';

/** A request's errors in the user's language, announced to screen readers. */
export function ErrorList({ error }: { error: CombinedError | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <div role="alert" className="alert error">
      {errorsOf(error).map((shown) => <p key={shown.key}>{t(shown.key)}</p>)}
    </div>
  );
}

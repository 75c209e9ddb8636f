import { useEffect } from 'react';

/** Each page names itself in the browser's title (WCAG 2.4.2), after the service's name. */
export function usePageTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – Ladok`;
  }, [title]);
}

/** What the notifications screen needs of a notification to order it. */
interface Dated {
  id: string;
  occurredAt: string;
}

/** Newest first, as the API sends them; among notifications of the same moment the later id first, so the order is stable. */
export function newestFirst<T extends Dated>(notifications: readonly T[]): T[] {
  const at = (n: Dated) => new Date(n.occurredAt).getTime();
  return [...notifications].sort((a, b) => at(b) - at(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/** What a live region says after marking: a sentence's key and values, so a change of language translates it too. */
export interface MarkOutcome {
  key: string;
  values: Record<string, string | number>;
  tone: 'success' | 'error';
}

/**
 * The outcome of `markNotificationsRead`: refused (its errors are shown beside), all marked read, or the one named, each
 * with how many are still unread.
 */
export function markOutcome(payload: { errors: readonly unknown[]; unreadCount?: number | null }, marked: { all: true } | { title: string }): MarkOutcome {
  if (payload.errors.length > 0) return { key: 'myNotifications.refused', values: {}, tone: 'error' };
  const count = payload.unreadCount ?? 0;
  if ('all' in marked) return { key: 'myNotifications.allMarked', values: { count }, tone: 'success' };
  return { key: 'myNotifications.marked', values: { title: marked.title, count }, tone: 'success' };
}

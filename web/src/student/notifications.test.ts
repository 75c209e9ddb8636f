import { describe, expect, it } from 'vitest';
import { markOutcome, newestFirst } from './notifications';

describe('the notifications screen', () => {
  it('lists the newest first, by the moment not the text, and keeps an order among notifications of one moment', () => {
    const list = [
      { id: 'a', occurredAt: '2026-01-05T09:00:00Z' },
      { id: 'b', occurredAt: '2026-01-14T08:30:00+01:00' },
      { id: 'c', occurredAt: '2026-01-14T07:45:00Z' },
      { id: 'd', occurredAt: '2026-01-05T09:00:00Z' },
    ];
    expect(newestFirst(list).map((n) => n.id)).toEqual(['c', 'b', 'd', 'a']);
    expect(list.map((n) => n.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('says what was marked and how many are still unread, or that it was refused', () => {
    expect(markOutcome({ errors: [], unreadCount: 0 }, { all: true })).toEqual({ key: 'myNotifications.allMarked', values: { count: 0 }, tone: 'success' });
    expect(markOutcome({ errors: [], unreadCount: 2 }, { title: 'Registrerad' }))
      .toEqual({ key: 'myNotifications.marked', values: { title: 'Registrerad', count: 2 }, tone: 'success' });
    expect(markOutcome({ errors: [{ reason: 'NOTIFICATION_NOT_FOUND' }], unreadCount: null }, { title: 'Registrerad' }).tone).toBe('error');
  });
});

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorList } from '../pages/ErrorList';
import { Outcome, UserErrors } from '../staff/UserErrors';
import { usePageTitle } from '../title';
import { MarkNotificationsReadMutation, MyNotificationsQuery } from './documents';
import { markOutcome, newestFirst, type MarkOutcome } from './notifications';
import { NotAStudent, useDateTime } from './shared';

type Errors = readonly { code: string; reason: string; message: string }[];

/**
 * Notifications (docs/graphql.md, screen (k)): what happened in one's studies, newest first, unread ones marked; mark one or
 * all read. The unread count in the navigation comes from the same `me`, so it follows.
 */
export default function Notifications() {
  const { t } = useTranslation();
  usePageTitle(t('myNotifications.title'));
  const dateTime = useDateTime();
  const [page, refetch] = useQuery({ query: MyNotificationsQuery, requestPolicy: 'cache-and-network' });
  const [markState, mark] = useMutation(MarkNotificationsReadMutation);
  const [outcome, setOutcome] = useState<MarkOutcome | null>(null);
  const [errors, setErrors] = useState<Errors>([]);

  if (page.error) return <><h1>{t('myNotifications.title')}</h1><ErrorList error={page.error} /></>;
  if (!page.data) return <p>{t('app.loading')}</p>;
  const me = page.data.me;
  if (!me || me.unreadNotificationCount == null) return <NotAStudent title={t('myNotifications.title')} />;
  const { nodes, totalCount } = me.notifications;
  const unread = me.unreadNotificationCount;

  const markRead = async (variables: { ids: string[] } | { all: true }, marked: { all: true } | { title: string }) => {
    const payload = (await mark(variables)).data?.markNotificationsRead;
    if (!payload) return;
    setErrors(payload.errors);
    setOutcome(markOutcome(payload, marked));
    // The unread count lives on `me`, which the mutation's payload does not return: read it again.
    if (payload.errors.length === 0) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <h1>{t('myNotifications.title')}</h1>
      <p>{t('myNotifications.intro')}</p>
      <p className="summary-line">{t('myNotifications.unread', { count: unread })}</p>
      <div className="actions">
        <Button className="button" isDisabled={markState.fetching || unread === 0}
          onPress={() => markRead({ all: true }, { all: true })}>{t('myNotifications.markAll')}</Button>
      </div>
      <Outcome message={outcome ? t(outcome.key, outcome.values) : null} tone={outcome?.tone} />
      <ErrorList error={markState.error} />
      <UserErrors errors={errors} />
      {nodes.length === 0 ? <p>{t('myNotifications.none')}</p> : (
        <ul className="cards notifications">
          {newestFirst(nodes).map((n) => {
            const headingId = `notification-${n.id}`;
            return (
              <li key={n.id} className={n.read ? 'card' : 'card unread'} aria-labelledby={headingId}>
                <h2 id={headingId}>
                  {!n.read && <><span className="unread-mark">{t('myNotifications.unreadMark')}</span>{' '}</>}
                  {n.title}
                </h2>
                <p className="when"><time dateTime={n.occurredAt}>{dateTime(n.occurredAt)}</time></p>
                <p>{n.text}</p>
                {n.read
                  ? <p className="help">{n.readAt ? t('myNotifications.readAt', { when: dateTime(n.readAt) }) : t('myNotifications.read')}</p>
                  : (
                    <div className="actions">
                      <Button className="button secondary" isDisabled={markState.fetching}
                        aria-label={t('myNotifications.markOne', { title: n.title, when: dateTime(n.occurredAt) })}
                        onPress={() => markRead({ ids: [n.id] }, { title: n.title })}>{t('myNotifications.markOneShort')}</Button>
                    </div>
                  )}
              </li>
            );
          })}
        </ul>
      )}
      {totalCount > nodes.length && <p className="help">{t('myNotifications.more', { shown: nodes.length, total: totalCount })}</p>}
    </>
  );
}

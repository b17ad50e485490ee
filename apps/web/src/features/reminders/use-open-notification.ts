import { useCallback } from 'react';
import { useMutation } from '@apollo/client/react';
import type { NotificationFieldsFragment } from '../../gql/graphql';
import { MarkNotificationsReadMutation, NotificationsQuery, UnreadNotificationCountQuery } from './graphql/operations';

/**
 * Following a notification's link marks it read: not awaited (the page is being left), and the bell and
 * the notification lists on screen are read again once it is done. A failure changes nothing.
 */
export function useOpenNotification(): (notification: Pick<NotificationFieldsFragment, 'id' | 'readAt'>) => void {
  const [markRead] = useMutation(MarkNotificationsReadMutation, { refetchQueries: [NotificationsQuery, UnreadNotificationCountQuery] });
  return useCallback(
    (notification) => {
      if (!notification.readAt) markRead({ variables: { ids: [notification.id] } }).catch(() => undefined);
    },
    [markRead],
  );
}

import type { BitbarNotification, BitbarShare } from '../../../../shared/contract/bitbar-projects';
import type { BitbarApi } from './api';
import { listAll } from './paging';
import { ApiNotificationSchema, ApiShareSchema } from './schemas';
import type { z } from 'zod';
import { t } from '../../i18n/translate';

/** E-mail notifications (account-wide or per project) and project sharing. */
const toNotification = (n: z.output<typeof ApiNotificationSchema>): BitbarNotification => ({
  id: n.id,
  email: n.email,
  projectId: n.project ?? null,
  type: n.type,
});

export async function listNotifications(
  api: BitbarApi,
  projectId?: number,
): Promise<BitbarNotification[]> {
  const path =
    projectId === undefined ? 'v2/me/notifications' : `v2/me/projects/${projectId}/notifications`;
  return (
    await listAll(
      api,
      { path, action: t('bitbar:action.listNotifications') },
      ApiNotificationSchema,
    )
  ).map(toNotification);
}

export async function addNotification(
  api: BitbarApi,
  input: { email: string; type: BitbarNotification['type']; projectId?: number | undefined },
): Promise<BitbarNotification> {
  const path =
    input.projectId === undefined
      ? 'v2/me/notifications'
      : `v2/me/projects/${input.projectId}/notifications`;
  return toNotification(
    await api.json(
      {
        method: 'POST',
        path,
        query: { email: input.email, type: input.type },
        action: t('bitbar:action.addNotification', { email: input.email }),
      },
      ApiNotificationSchema,
    ),
  );
}

export const updateNotification = async (
  api: BitbarApi,
  id: number,
  type: BitbarNotification['type'],
) =>
  toNotification(
    await api.json(
      {
        method: 'POST',
        path: `v2/me/notification/${id}`,
        query: { type },
        action: t('bitbar:action.changeNotification'),
        subject: `notification ${id}`,
      },
      ApiNotificationSchema,
    ),
  );

export async function removeNotification(api: BitbarApi, id: number): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/notification/${id}`,
    action: t('bitbar:action.removeNotification'),
    subject: `notification ${id}`,
  });
}

export async function listShares(api: BitbarApi, projectId: number): Promise<BitbarShare[]> {
  const shares = await listAll(
    api,
    {
      path: `v2/me/projects/${projectId}/sharings`,
      action: t('bitbar:action.listProjectSharing'),
      subject: t('bitbar:subject.project', { id: projectId }),
    },
    ApiShareSchema,
  );
  return shares.map((s) => ({ id: s.id, email: s.userEmail }));
}

export async function addShare(
  api: BitbarApi,
  projectId: number,
  email: string,
): Promise<BitbarShare> {
  const share = await api.json(
    {
      method: 'POST',
      path: `v2/me/projects/${projectId}/sharings`,
      query: { email },
      action: t('bitbar:action.shareProject', { email }),
      subject: t('bitbar:subject.userWithEmail', { email }),
    },
    ApiShareSchema,
  );
  return { id: share.id, email: share.userEmail };
}

export async function removeShare(
  api: BitbarApi,
  projectId: number,
  shareId: number,
): Promise<void> {
  await api.call({
    method: 'DELETE',
    path: `v2/me/projects/${projectId}/sharings/${shareId}`,
    action: t('bitbar:action.stopSharing'),
    subject: `share ${shareId}`,
  });
}

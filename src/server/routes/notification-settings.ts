import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findUser } from '../../db/repositories/users';
import { emailModeOf } from '../../db/repositories/notification-settings';
import { errorResponseSchema } from '../../shared/schemas/common';
import { notificationSettingsInputSchema, notificationSettingsSchema, type NotificationSettingsDto } from '../../shared/schemas/notification-settings';
import { saveNotificationSettings } from '../commands/save-notification-settings';
import { commandContext } from '../deps';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema };

/** Each person's own notification settings: how they take e-mail (in the app, notifications always show). */
export const notificationSettingsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];

  const current = async (db: ReturnType<typeof commandContext>['db'], userId: string): Promise<NotificationSettingsDto> => ({
    email: await emailModeOf(db, userId),
    address: (await findUser(db, userId))?.email ?? null,
    emailAvailable: !!app.deps.config.smtpUrl,
  });

  app.get('/api/me/notification-settings', { schema: { tags, summary: 'Cài đặt thông báo của tôi', response: { 200: notificationSettingsSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    return current(ctx.db, ctx.actor.userId);
  });

  app.put(
    '/api/me/notification-settings',
    { schema: { tags, summary: 'Đổi cách nhận thư thông báo', body: notificationSettingsInputSchema, response: { 200: notificationSettingsSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      await saveNotificationSettings(ctx, request.body.email);
      return current(ctx.db, ctx.actor.userId);
    },
  );
};

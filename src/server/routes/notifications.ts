import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { grantsWith } from '../../domain/access/actor';
import { todayInVietnam } from '../../domain/calendar';
import { enqueueJob } from '../../db/repositories/jobs';
import { countUnread, findNotification, listNotifications, type NotificationRow } from '../../db/repositories/notifications';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { listNotificationsQuerySchema, markedReadSchema, notificationPageSchema, notificationSchema, reminderRunSchema, type NotificationDto } from '../../shared/schemas/notifications';
import type { ReminderOutcome } from '../commands/create-reminders';
import { markRead, notificationNotFound } from '../commands/mark-notifications-read';
import { commandContext } from '../deps';
import { AppError, forbidden } from '../errors';
import type { ReminderScanPayload } from '../jobs/handlers/reminder-scan';
import { REMINDER_SCAN_KIND } from '../jobs/job-kinds';
import { DEFAULT_LEASE_MS, executeJob } from '../jobs/runner';
import { rootsFor } from '../policies';
import { ACTIONS } from '../policies/rules';
import { toPage } from '../presenters/page';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema };

const present = (n: NotificationRow): NotificationDto => ({
  id: n.id,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link,
  occurrenceId: n.occurrence_id,
  createdAt: n.created_at,
  readAt: n.read_at,
});

/** Each person's own notifications, and running the reminder scan on demand. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['notifications'];

  app.get('/api/notifications', { schema: { tags, summary: 'Thông báo của tôi', querystring: listNotificationsQuerySchema, response: { 200: notificationPageSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const q = request.query;
    const rows = await listNotifications(ctx.db, { userId: ctx.actor.userId, unreadOnly: q.unread, limit: q.limit, cursor: q.cursor });
    return { ...toPage(rows, q.limit, present, (r) => r.id), unreadCount: await countUnread(ctx.db, ctx.actor.userId) };
  });

  app.get('/api/notifications/:id', { schema: { tags, summary: 'Một thông báo của tôi', params: idParamsSchema, response: { 200: notificationSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const notification = await findNotification(ctx.db, request.params.id);
    // Someone else's notification is, for this person, one that does not exist.
    if (!notification || notification.user_id !== ctx.actor.userId) throw notificationNotFound();
    return present(notification);
  });

  app.post('/api/notifications/:id/read', { schema: { tags, summary: 'Đánh dấu đã đọc', params: idParamsSchema, response: { 200: markedReadSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const updated = await markRead(ctx, { id: request.params.id });
    return { updated, unreadCount: await countUnread(ctx.db, ctx.actor.userId) };
  });

  app.post('/api/notifications/read-all', { schema: { tags, summary: 'Đánh dấu đã đọc tất cả', response: { 200: markedReadSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const updated = await markRead(ctx, 'all');
    return { updated, unreadCount: 0 };
  });

  app.post(
    '/api/reminders/run',
    { schema: { tags, summary: 'Chạy nhắc việc ngay cho đơn vị của tôi', response: { 200: reminderRunSchema, ...errors, 503: errorResponseSchema } }, config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request) => {
      const ctx = commandContext(request);
      const roots = rootsFor(ctx.actor, 'reminder.run');
      const home = grantsWith(ctx.actor, ACTIONS['reminder.run'])[0];
      if (!home || roots.length === 0) throw forbidden('Chỉ đầu mối CCHC, lãnh đạo hoặc quản trị đơn vị mới chạy được nhắc việc.');
      const now = new Date();
      const today = todayInVietnam(now);
      const payload: ReminderScanPayload = {
        today,
        roots,
        organization: { id: home.organizationId, path: home.organizationPath },
        requestedBy: ctx.audit.actor,
        requestId: ctx.audit.requestId,
      };
      // Added already leased to this request, so no background worker runs it first; should the
      // request die midway, the lease lapses and a worker finishes the scan.
      const workerId = `request:${request.id}`;
      const { job } = await enqueueJob(ctx.db, { kind: REMINDER_SCAN_KIND, payload }, now, { workerId, leaseMs: DEFAULT_LEASE_MS });
      const run = await executeJob(job, workerId, { db: ctx.db, config: app.deps.config, log: request.log, now });
      if (!run.ok) throw new AppError(503, 'REMINDER_RUN_FAILED', 'Chưa chạy được nhắc việc; hệ thống sẽ tự thử lại sau ít phút.');
      const outcome = run.result as ReminderOutcome;
      return { jobId: job.id, today, ...outcome };
    },
  );
};

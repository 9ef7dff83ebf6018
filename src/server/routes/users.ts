import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { findUser, grantsOf, listUsers } from '../../db/repositories/users';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import { createUserSchema, listUsersQuerySchema, resetPasswordSchema, updateUserSchema, userSchema } from '../../shared/schemas/users';
import { createUser } from '../commands/create-user';
import { loadAuthorizedOrganization } from '../commands/load-organization';
import { resetUserPassword, updateUserAccount } from '../commands/update-user';
import { commandContext } from '../deps';
import { notFound } from '../errors';
import { can, rootsFor } from '../policies';
import { toPage } from '../presenters/page';
import { presentUser } from '../presenters/user';

const tags = ['users'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const userNotFound = () => notFound('USER_NOT_FOUND', 'Không tìm thấy người dùng.');

/** Accounts and their roles: read by admins, directors and coordinators, managed by admins. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/users', { schema: { tags, summary: 'Danh sách người dùng', querystring: listUsersQuerySchema, response: { 200: pageSchema(userSchema), ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const q = request.query;
    if (q.organizationId) await loadAuthorizedOrganization(ctx.db, ctx.actor, q.organizationId, 'user.read');
    const rows = await listUsers(ctx.db, { ...q, roots: rootsFor(ctx.actor, 'user.read') });
    const grants = await grantsOf(ctx.db, rows.map((r) => r.id));
    return toPage(rows, q.limit, (r) => presentUser(ctx.actor, r, grants.get(r.id) ?? []), (r) => r.username);
  });

  app.get('/api/users/:id', { schema: { tags, summary: 'Một người dùng', params: idParamsSchema, response: { 200: userSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const grants = (await grantsOf(ctx.db, [request.params.id])).get(request.params.id) ?? [];
    const visible = grants.some((g) => can(ctx.actor, 'user.read', { id: g.organizationId, path: g.organizationPath, bodyId: g.bodyId }));
    const user = visible ? await findUser(ctx.db, request.params.id) : undefined;
    if (!user) throw userNotFound();
    return presentUser(ctx.actor, user, grants);
  });

  app.post('/api/users', { schema: { tags, summary: 'Thêm người dùng', body: createUserSchema, response: { 201: userSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    const user = await createUser(ctx, request.body);
    const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
    return reply.status(201).send(presentUser(ctx.actor, user, grants));
  });

  app.patch('/api/users/:id', { schema: { tags, summary: 'Sửa người dùng, vai trò, khóa tài khoản', params: idParamsSchema, body: updateUserSchema, response: { 200: userSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const user = await updateUserAccount(ctx, request.params.id, request.body);
    const grants = (await grantsOf(ctx.db, [user.id])).get(user.id) ?? [];
    return presentUser(ctx.actor, user, grants);
  });

  app.post(
    '/api/users/:id/reset-password',
    { schema: { tags, summary: 'Đặt lại mật khẩu', params: idParamsSchema, body: resetPasswordSchema, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await resetUserPassword(commandContext(request), request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  );
};

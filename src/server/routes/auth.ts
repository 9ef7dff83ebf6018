import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { changePasswordSchema, loginSchema, meSchema } from '../../shared/schemas/auth';
import { errorResponseSchema } from '../../shared/schemas/common';
import { endSession, SESSION_COOKIE } from '../auth/sessions';
import { changeOwnPassword } from '../commands/change-password';
import { signIn } from '../commands/sign-in';
import { commandContext } from '../deps';
import { presentMe } from '../presenters/me';
import { requireSignedIn } from '../request-context';
import { findUser, grantsOf } from '../../db/repositories/users';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { store, config } = app.deps;

  app.post(
    '/api/auth/login',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags: ['auth'], security: [], summary: 'Đăng nhập', body: loginSchema, response: { 200: meSchema, 401: errorResponseSchema, 429: errorResponseSchema } },
    },
    async (request, reply) => {
      const { user, token, expiresAt } = await signIn(store.db, request.body, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        requestId: String(request.id),
        sessionHours: config.sessionHours,
      });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies, expires: expiresAt });
      const grants = (await grantsOf(store.db, [user.id])).get(user.id) ?? [];
      return presentMe(user, grants);
    },
  );

  app.post('/api/auth/logout', { schema: { tags: ['auth'], security: [], summary: 'Đăng xuất', response: { 204: z.null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await endSession(store.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send(null);
  });

  app.post(
    '/api/auth/change-password',
    { schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: changePasswordSchema, response: { 204: z.null(), 400: errorResponseSchema, 429: errorResponseSchema } } },
    async (request, reply) => {
      const signedIn = requireSignedIn(request);
      await changeOwnPassword(commandContext(request), signedIn, request.body.currentPassword, request.body.newPassword);
      return reply.status(204).send(null);
    },
  );

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'Người dùng đang đăng nhập', response: { 200: meSchema, 401: errorResponseSchema } } }, async (request) => {
    const signedIn = requireSignedIn(request);
    const user = (await findUser(store.db, signedIn.user.id)) ?? signedIn.user;
    return presentMe(user, signedIn.grants);
  });
};

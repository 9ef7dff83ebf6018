import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { currentMigration } from '../../db/database';
import { healthSchema } from '../../shared/schemas/health';

/** Liveness and readiness for load balancers and the installer: answers only when the database does. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { schema: { tags: ['system'], summary: 'Tình trạng hệ thống', response: { 200: healthSchema } } }, async () => {
    const { store, version } = app.deps;
    return { status: 'ok' as const, database: store.kind, migration: await currentMigration(store.db), version, time: new Date().toISOString() };
  });
};

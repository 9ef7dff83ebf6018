import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { healthSchema } from '../../shared/schemas/health';

/** Liveness and readiness for load balancers and the installer: answers only when the database does. */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/health', { schema: { tags: ['system'], security: [], summary: 'Tình trạng hệ thống', response: { 200: healthSchema } } }, async () => {
    const { store, version, migration } = app.deps;
    await sql`select 1`.execute(store.db);
    return { status: 'ok' as const, database: store.kind, migration, version, time: new Date().toISOString() };
  });
};

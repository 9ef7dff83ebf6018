import compress from '@fastify/compress';
import { registerViewCache } from './http/view-cache';
import { operationIdOf } from './http/operation-ids';
import { describeOperations } from './http/openapi-operations';
import { BROTLI_PARAMS, COMPRESSION, registerAnswerCompression } from './http/compression';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { registerSecurityHeaders } from './plugins/security-headers';
import { currentMigration, type Store } from '../db/database';
import { randomUUID } from 'node:crypto';
import { holdPdfConverter } from '../documents/pdf/libreoffice';
import '../shared/zod-locale';
import type { Config } from './config';
import type { Deps } from './deps';
import { PdfLimit, type PdfConverter } from './http/pdf-limit';
import { registerAuthentication } from './plugins/authentication';
import { registerErrorHandling } from './plugins/errors';
import { registerSameOrigin } from './plugins/same-origin';
import { registerStrictRequests, strictValidatorCompiler } from './plugins/strict-requests';
import { auditRoutes } from './routes/audit-log';
import { authRoutes } from './routes/auth';
import { externalBodyRoutes } from './routes/external-bodies';
import { groupRoutes } from './routes/groups';
import { citationRoutes } from './routes/citations';
import { healthRoutes } from './routes/health';
import { evidenceRoutes } from './routes/evidence';
import { notificationRoutes } from './routes/notifications';
import { notificationSettingsRoutes } from './routes/notification-settings';
import { occurrenceRoutes } from './routes/occurrences';
import { occurrenceWorkbookRoutes } from './routes/occurrence-workbook';
import { indexRoutes } from './routes/indices';
import { planDocumentRoutes } from './routes/plan-documents';
import { planProgressRoutes } from './routes/plan-progress';
import { publicPageRoutes } from './routes/public-pages';
import { publicProcedureRoutes } from './routes/public-procedures';
import { feedbackRoutes } from './routes/feedback';
import { publicFeedbackRoutes } from './routes/public-feedback';
import { publicPlanProgressRoutes } from './routes/public-plan-progress';
import { publicSurveyRoutes } from './routes/public-surveys';
import { surveyFileRoutes } from './routes/survey-files';
import { surveyRoutes } from './routes/surveys';
import { scoringRoutes } from './routes/scoring';
import { scoringAssessmentRoutes } from './routes/scoring-assessments';
import { scoringRoundRoutes } from './routes/scoring-rounds';
import { scoringExportRoutes } from './routes/scoring-exports';
import { progressMatrixRoutes } from './routes/progress-matrix';
import { homeRoutes } from './routes/home';
import { planRoutes } from './routes/plans';
import { planImportRoutes } from './routes/plan-imports';
import { reminderNoticeRoutes } from './routes/reminder-notices';
import { scheduleRoutes } from './routes/schedules';
import { taskRoutes } from './routes/tasks';
import { legalDocumentRoutes } from './routes/legal-documents';
import { procedureImportRoutes } from './routes/procedure-imports';
import { procedureRoutes } from './routes/procedures';
import { procedureSheetRoutes } from './routes/procedure-sheets';
import { organizationRoutes } from './routes/organizations';
import { userRoutes } from './routes/users';
import { apiKeyRoutes } from './routes/api-keys';
import { mediaItemRoutes } from './routes/media-items';
import { mediaItemFileRoutes } from './routes/media-item-files';
import { mediaChannelRoutes } from './routes/media-channels';
import { goodPracticeRoutes } from './routes/good-practices';
import { mediaStatsRoutes } from './routes/media-stats';
import { communicationTargetRoutes } from './routes/communication-targets';
import { reportRoutes } from './routes/reports';
import { reportDocumentRoutes } from './routes/report-documents';
import { jobRoutes } from './routes/jobs';
import { APP_VERSION } from './version';
import { API_DESCRIPTION, API_TAGS } from './http/api-description';
import { responseSerializerCompiler } from './http/response-serializer';

export { APP_VERSION };

/** The top bar's mark at /api/docs: the app's own "CCHC" badge and name, drawn here (no file to ship). */
const DOCS_LOGO = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="260" height="40" viewBox="0 0 260 40"><rect x="0" y="4" width="64" height="32" rx="6" fill="#1d4ed8"/>' +
    '<text x="32" y="26" font-family="Arial, sans-serif" font-size="15" font-weight="700" fill="#fff" text-anchor="middle">CCHC</text>' +
    '<text x="76" y="26" font-family="Arial, sans-serif" font-size="16" font-weight="600" fill="#fff">API ngành Y tế</text></svg>',
);

/** `convertPdf` stands in for LibreOffice (tests of the PDF limit); by default the real one is used. */
/** `logStream`: where the log lines go instead of stdout (tests read them for personal data). */
export type AppOptions = { store: Store; config: Config; webRoot?: string; logger?: boolean; logStream?: { write: (line: string) => void }; convertPdf?: PdfConverter };

/** Builds the whole HTTP application: JSON API, OpenAPI description and the staff SPA. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { store, config } = options;
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.logLevel, ...(options.logStream ? { stream: options.logStream } : {}) },
    // Our own onResponse hook writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    // Random and unique, not time-ordered: randomUUID draws from a pool where a v7 id cost 5 % of a kept view.
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  // Request schemas must refuse unknown fields (plugins/strict-requests.ts): the server does not start otherwise.
  app.setValidatorCompiler(strictValidatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);
  // Migrations are applied before the app is built, so the version read here holds for its lifetime.
  const deps: Deps = { store, config, version: APP_VERSION, migration: await currentMigration(store.db), pdf: new PdfLimit(options.convertPdf) };
  app.decorate('deps', deps);
  // The process's one LibreOffice (decision 0032) is killed when the server closes, so none outlives it.
  const releasePdfConverter = holdPdfConverter({ info: (message) => app.log.info(message), warn: (message) => app.log.warn(message) });
  app.addHook('onClose', releasePdfConverter);

  // One log line per request, with its id; the id also goes back to the client for support calls.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({ method: request.method, url: request.url, status: reply.statusCode, ms: Math.round(reply.elapsedTime), user: request.signedIn?.user.username }, 'request');
  });

  registerSecurityHeaders(app, {
    // A hospital often serves on plain http inside its network: telling browsers to switch to https
    // there (HSTS, upgrade-insecure-requests) would break every script and stylesheet. Only an https
    // PUBLIC_URL turns them on.
    hsts: config.secureCookies,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: config.secureCookies ? [] : null,
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // News items may show pictures from other https sites: the sanitiser lets https:// images through
        // (decision 0010), so the policy must too, or citizens see broken pictures. Never plain http.
        imgSrc: ["'self'", 'data:', 'https:'],
        scriptSrc: ["'self'"],
      },
    },
    // "no-referrer" (helmet's default) makes a browser send `Origin: null` with a citizen's form post
    // (feedback, survey), which the same-origin guard must refuse. "same-origin" gives our own pages
    // their origin back and still tells other sites nothing.
    referrerPolicy: { policy: 'same-origin' },
  });
  // Before compression: the cache keeps and serves the JSON text.
  registerViewCache(app, store.db);
  // Lists of a whole province's tree run to hundreds of kilobytes of JSON: compress for slow lines. Answers
  // in memory here, at once; streams (files) by @fastify/compress.
  registerAnswerCompression(app);
  await app.register(compress, { threshold: COMPRESSION.threshold, encodings: COMPRESSION.encodings, brotliOptions: { params: BROTLI_PARAMS } });
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  registerErrorHandling(app);
  registerStrictRequests(app);
  // Before the session is read: a forged request from another site is turned away without touching it.
  registerSameOrigin(app);
  registerAuthentication(app, store.db, config.sessionHours);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'CCHC — Quản lý kế hoạch cải cách hành chính ngành Y tế', version: APP_VERSION, description: API_DESCRIPTION },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'cchc_session', description: 'Phiên đăng nhập của người dùng (POST /api/auth/login). A person\'s session.' },
          apiKey: { type: 'http', scheme: 'bearer', description: 'Khóa API do quản trị viên đơn vị cấp: Authorization: Bearer cchc_… An API key issued by a body\'s admin.' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
      tags: API_TAGS,
    },
    // Zod's schemas as JSON Schema, and every operation named (operation-ids.ts) for client generators.
    transform: (document) => {
      const transformed = jsonSchemaTransform(document);
      const schema = transformed.schema as { hide?: boolean; operationId?: string } | undefined;
      if (schema && !schema.hide) schema.operationId ??= operationIdOf(document.route.method.toString(), transformed.url);
      return transformed;
    },
    // Schemas named with `.meta({ id })` (Plan, Task, Occurrence, …) become components, referred to by `$ref`.
    // Then each operation's two-language summary, callers and error responses (openapi-operations.ts).
    transformObject: (input) => describeOperations(jsonSchemaTransformObject(input) as Parameters<typeof describeOperations>[0]) as ReturnType<typeof jsonSchemaTransformObject>,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // The description to read and try (issue 18): Swagger UI's own files, served from here, no CDN; the
  // validator badge (an outside service) is off. Trying a call uses the browser's session cookie.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { validatorUrl: null, docExpansion: 'none', deepLinking: true, tryItOutEnabled: false },
    staticCSP: false,
    // Our mark in the top bar, and back to the app on a click, instead of Swagger's and Fastify's.
    logo: { type: 'image/svg+xml', content: DOCS_LOGO, href: '/', target: '_self' },
    theme: { title: 'API — CCHC ngành Y tế' },
  });

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(organizationRoutes);
  await app.register(externalBodyRoutes);
  await app.register(groupRoutes);
  await app.register(userRoutes);
  await app.register(apiKeyRoutes);
  await app.register(auditRoutes);
  await app.register(legalDocumentRoutes);
  await app.register(procedureRoutes);
  await app.register(procedureImportRoutes);
  await app.register(procedureSheetRoutes);
  await app.register(scheduleRoutes);
  await app.register(citationRoutes);
  await app.register(planRoutes);
  await app.register(planImportRoutes);
  await app.register(planProgressRoutes);
  await app.register(planDocumentRoutes);
  await app.register(indexRoutes);
  await app.register(progressMatrixRoutes);
  await app.register(homeRoutes);
  await app.register(occurrenceRoutes);
  await app.register(evidenceRoutes);
  await app.register(taskRoutes);
  await app.register(reminderNoticeRoutes);
  await app.register(notificationRoutes);
  await app.register(notificationSettingsRoutes);
  await app.register(occurrenceWorkbookRoutes);
  await app.register(mediaItemRoutes);
  await app.register(mediaItemFileRoutes);
  await app.register(mediaChannelRoutes);
  await app.register(goodPracticeRoutes);
  await app.register(mediaStatsRoutes);
  await app.register(communicationTargetRoutes);
  await app.register(reportRoutes);
  await app.register(reportDocumentRoutes);
  await app.register(jobRoutes);
  await app.register(publicPageRoutes);
  await app.register(publicProcedureRoutes);
  await app.register(feedbackRoutes);
  await app.register(publicFeedbackRoutes);
  await app.register(publicPlanProgressRoutes);
  await app.register(surveyRoutes);
  await app.register(scoringRoutes);
  await app.register(scoringRoundRoutes);
  await app.register(scoringExportRoutes);
  await app.register(scoringAssessmentRoutes);
  await app.register(surveyFileRoutes);
  await app.register(publicSurveyRoutes);

  await serveWebApp(app, options.webRoot ?? resolve('dist/web'));
  return app;
}

/** The SPA's files, and its index.html for every other GET so client-side routes survive a reload. */
async function serveWebApp(app: FastifyInstance, webRoot: string): Promise<void> {
  const hasWeb = existsSync(resolve(webRoot, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webRoot,
      // Looked up per request, so a rebuilt SPA is served without a restart.
      wildcard: true,
      cacheControl: false,
      // Vite names assets by content hash, so they never change; index.html must always be fresh.
      setHeaders: (res, path) => {
        res.setHeader('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply.status(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: `Không có địa chỉ ${request.method} ${request.url.split('?')[0]}.` } });
    }
    // A missing script or style must not come back as index.html (the page would load blank).
    const isAsset = /\.[a-z0-9]+$/i.test(request.url.split('?')[0]!);
    if (request.method === 'GET' && hasWeb && !isAsset && !request.url.startsWith('/p/')) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return reply.status(404).type('text/html; charset=utf-8').send('<!doctype html><meta charset="utf-8"><title>Không tìm thấy</title><p>Không tìm thấy trang này.</p>');
  });
}

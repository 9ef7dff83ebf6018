import multipart from '@fastify/multipart';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { join } from 'node:path';
import { createElement } from 'react';
import { todayInVietnam } from '../../domain/calendar';
import { displayTrackingCode, readTrackingCode } from '../../domain/feedback/tracking-code';
import { findPublicBody, type PublicBody } from '../../db/repositories/public-media';
import { FEEDBACK_TEXT as T } from '../../public/feedback-text';
import { EMPTY_FEEDBACK_FORM, FeedbackFormPage, type FeedbackFormErrors, type FeedbackFormValues } from '../../public/FeedbackFormPage';
import { FeedbackMessagePage, FeedbackTrackingPage } from '../../public/FeedbackTrackingPage';
import { renderPage } from '../../public/render-page';
import { FEEDBACK_ATTACHMENT_MAX_BYTES } from '../../shared/feedback-vocabulary';
import { feedbackFormPath, feedbackTrackingPath } from '../../shared/public-urls';
import { attachmentProblem, feedbackFormChoices, publicFeedbackOf, readFeedbackForm, submitPublicFeedback, type Attachment, type FeedbackChoices } from '../commands/public-feedback';
import { AppError } from '../errors';
import { notFoundPage } from './public-pages';
import { PUBLIC_ROUTE, publicOrigin } from './public-http';

const HTML = 'text/html; charset=utf-8';
const WINDOW = '10 minutes';
/** Per client address per ten minutes: a person sends a few, a bot many; looking up a code is cheaper but is how codes would be guessed. */
export const DEFAULT_FEEDBACK_LIMITS = { posts: 5, lookups: 60 };

/** Room for the longest content allowed (10 000 characters, up to 4 bytes each in UTF-8): longer is refused with a message, not cut. */
const FORM_TEXT_BYTES = 64 * 1024;

type OrgParams = { orgCode: string };
type CodeParams = OrgParams & { code: string };


/** Fields and at most one file of the form, read whole (the file is small and checked by its bytes before it is stored). */
async function readMultipart(request: FastifyRequest): Promise<{ fields: Record<string, string>; attachment: Attachment | null }> {
  const fields: Record<string, string> = {};
  let attachment: Attachment | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      // A browser sends an empty, nameless file part when none was chosen.
      if (part.fieldname === 'file' && !attachment && (part.filename || bytes.length > 0)) attachment = { filename: part.filename, bytes };
    } else if (!Object.hasOwn(fields, part.fieldname)) fields[part.fieldname] = String(part.value);
  }
  return { fields, attachment };
}

const tooLarge = (error: FastifyError) => error.statusCode === 413 || error.code === 'FST_REQ_FILE_TOO_LARGE' || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE';

/**
 * The citizen feedback pages (SPEC §2.8): the form and the lookup box, sending it, and the page a tracking
 * code leads to. No sign-in, no script; what goes wrong is answered as a page in Vietnamese, not JSON.
 */
export const publicFeedbackRoutes: FastifyPluginAsync = async (app) => {
  const db = app.deps.store.db;
  const filesDir = join(app.deps.config.dataDir, 'files');
  const limits = app.deps.config.feedbackLimits ?? DEFAULT_FEEDBACK_LIMITS;
  const today = () => todayInVietnam(new Date());

  // Plain forms without a file come url-encoded; with one, multipart (registered here only, for these routes).
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_TEXT_BYTES * 3 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
  await app.register(multipart, { limits: { fileSize: FEEDBACK_ATTACHMENT_MAX_BYTES, files: 1, fields: 20, fieldSize: FORM_TEXT_BYTES, parts: 22 } });

  const page = (reply: FastifyReply, status: number, html: string) => reply.code(status).header('cache-control', 'no-store').type(HTML).send(html);
  const message = (reply: FastifyReply, status: number, body: PublicBody | null, title: string, text: string) => page(reply, status, renderPage(createElement(FeedbackMessagePage, { body, title, text })));

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const body = await findPublicBody(db, (request.params as Partial<OrgParams>).orgCode ?? '').catch(() => undefined);
    if (error.statusCode === 429) return message(reply, 429, body ?? null, T.tooManyTitle, T.tooManyText);
    if (tooLarge(error)) return message(reply, 413, body ?? null, T.tooLargeTitle, T.tooLargeText);
    // A refusal of the app's own (another site's form: same-origin.ts) keeps the API's shape.
    if (error instanceof AppError) return reply.status(error.statusCode).send({ error: { code: error.code, message: error.message, details: error.details } });
    if (error.statusCode && error.statusCode < 500) return message(reply, 400, body ?? null, T.badRequestTitle, T.badRequestText);
    // Never the request body: it may hold a citizen's contact.
    request.log.error({ err: error }, 'public feedback failed');
    return message(reply, 500, body ?? null, T.errorTitle, T.errorText);
  });

  function formPage(request: FastifyRequest, body: PublicBody, choices: FeedbackChoices, state: { values?: FeedbackFormValues; errors?: FeedbackFormErrors; lookup?: { code: string; error: string | null } }) {
    const url = publicOrigin(request) + feedbackFormPath(body.code);
    return renderPage(
      createElement(FeedbackFormPage, {
        body,
        ...choices,
        values: state.values ?? EMPTY_FEEDBACK_FORM,
        errors: state.errors ?? {},
        lookup: state.lookup ?? { code: '', error: null },
        meta: { title: `${T.heading} — ${body.name}`, description: T.description(body.name), canonicalUrl: url, openGraph: { type: 'website', url } },
      }),
    );
  }

  app.get<{ Params: OrgParams }>(
    '/p/:orgCode/phan-anh',
    { schema: { ...PUBLIC_ROUTE, summary: 'Trang gửi phản ánh, kiến nghị của người dân và ô tra cứu bằng mã (HTML, không cần đăng nhập)', description: 'Trả về trang HTML.' } },
    async (request, reply) => {
      const body = await findPublicBody(db, request.params.orgCode);
      if (!body) return notFoundPage(reply, null);
      return page(reply, 200, formPage(request, body, await feedbackFormChoices(db, body, today()), {}));
    },
  );

  app.post<{ Params: OrgParams }>(
    '/p/:orgCode/phan-anh',
    {
      config: { rateLimit: { max: limits.posts, timeWindow: WINDOW } },
      schema: {
        ...PUBLIC_ROUTE,
        summary:
          'Người dân gửi phản ánh, kiến nghị: biểu mẫu multipart/form-data (subject, content, procedure, unit, name, phone, email, consent, file) hoặc application/x-www-form-urlencoded khi không kèm tệp; thành công chuyển (303) tới trang mã tra cứu, lỗi trả lại biểu mẫu (400), tệp quá lớn 413, gửi quá nhiều 429',
        description: 'Trả về trang HTML: 303 tới trang mã tra cứu khi đã tiếp nhận; 400 biểu mẫu có lỗi (hiện lại nội dung đã nhập); 413 tệp quá lớn; 429 gửi quá nhiều trong ít phút.',
      },
    },
    async (request, reply) => {
      const body = await findPublicBody(db, request.params.orgCode);
      if (!body) return notFoundPage(reply, null);
      const { fields, attachment } = request.isMultipart() ? await readMultipart(request) : { fields: (request.body ?? {}) as Record<string, string>, attachment: null };
      const choices = await feedbackFormChoices(db, body, today());
      const { values, errors, honeypot } = readFeedbackForm(fields, choices);
      // The trap is answered as a plain refusal rather than a fake success: a fake code would mislead the
      // rare person whose browser filled it, and a bot learns nothing either way. Nothing is stored.
      if (honeypot) return page(reply, 400, formPage(request, body, choices, { values, errors: { ...errors, form: T.honeypotFilled } }));
      const fileProblem = attachment ? attachmentProblem(attachment) : null;
      if (fileProblem) errors.file = fileProblem;
      if (Object.keys(errors).length > 0) return page(reply, 400, formPage(request, body, choices, { values, errors }));
      const item = await submitPublicFeedback(db, body, { values, attachment, ip: request.ip, requestId: String(request.id), filesDir });
      return reply.code(303).header('cache-control', 'no-store').redirect(`${feedbackTrackingPath(body.code, displayTrackingCode(item.tracking_code))}?da-gui=1`, 303);
    },
  );

  app.get<{ Params: OrgParams; Querystring: { ma?: unknown } }>(
    '/p/:orgCode/phan-anh/tra-cuu',
    { config: { rateLimit: { max: limits.lookups, timeWindow: WINDOW } }, schema: { ...PUBLIC_ROUTE, summary: 'Tra cứu phản ánh bằng mã (?ma=ABCD-EF23): chuyển tới trang tình trạng', description: '303 tới trang tình trạng; 404 khi không có phản ánh với mã này.' } },
    async (request, reply) => {
      const body = await findPublicBody(db, request.params.orgCode);
      if (!body) return notFoundPage(reply, null);
      const typed = typeof request.query.ma === 'string' ? request.query.ma.trim().slice(0, 20) : '';
      const code = readTrackingCode(typed);
      const found = code ? await publicFeedbackOf(db, body, code) : null;
      if (found) return reply.code(303).redirect(feedbackTrackingPath(body.code, found.trackingCode), 303);
      return page(reply, 404, formPage(request, body, await feedbackFormChoices(db, body, today()), { lookup: { code: typed, error: T.lookupWrong } }));
    },
  );

  app.get<{ Params: CodeParams; Querystring: { 'da-gui'?: unknown } }>(
    '/p/:orgCode/phan-anh/:code',
    {
      config: { rateLimit: { max: limits.lookups, timeWindow: WINDOW } },
      schema: { ...PUBLIC_ROUTE, summary: 'Tình trạng một phản ánh theo mã tra cứu: trạng thái, ngày tiếp nhận, hạn trả lời, trả lời đã công khai; không có thông tin cá nhân', description: 'Trả về trang HTML; 404 khi không có phản ánh với mã này.' },
    },
    async (request, reply) => {
      const body = await findPublicBody(db, request.params.orgCode);
      const feedback = body && (await publicFeedbackOf(db, body, request.params.code));
      if (!feedback) return notFoundPage(reply, body ?? null, T.lookupWrong);
      const url = publicOrigin(request) + feedbackTrackingPath(body!.code, feedback.trackingCode);
      const html = renderPage(
        createElement(FeedbackTrackingPage, {
          body: body!,
          feedback,
          sent: request.query['da-gui'] === '1',
          // The page of one person's feedback: not for search engines.
          meta: { title: `${T.trackingHeading} ${feedback.trackingCode} — ${body!.name}`, description: T.trackingDescription(body!.name), canonicalUrl: url },
        }),
      );
      return page(reply, 200, html);
    },
  );
};

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { createElement, type ReactElement } from 'react';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { readAnswers, type FormValues } from '../../domain/surveys/answers';
import { surveyStanding } from '../../domain/surveys/questionnaire';
import { pngDataUrl, qrPngOf } from '../../documents/qr/qr-code';
import { findPublicBody, type PublicBody } from '../../db/repositories/public-media';
import { renderPage } from '../../public/render-page';
import { SurveyNoticePage } from '../../public/SurveyNoticePage';
import { SurveyPage } from '../../public/SurveyPage';
import { SurveySheetPage } from '../../public/SurveySheetPage';
import { SURVEY_TEXT as T } from '../../public/survey-text';
import { surveyPath, surveyThanksPath } from '../../shared/public-urls';
import { deviceHashOf, findPublicSurvey, newDeviceToken, saveSurveyAnswers } from '../commands/answer-survey';
import { deviceHasAnswered } from '../../db/repositories/surveys';
import { notFoundPage } from './public-pages';
import { PUBLIC_ROUTE, publicOrigin } from './public-http';

/** The citizen's questionnaire and its form post are in the OpenAPI description, beside the feedback form. */

const HTML = 'text/html; charset=utf-8';

/** Answers a citizen may send from one address: a waiting room's shared Wi-Fi sends many, a script sends more. */
export const SURVEY_ANSWER_LIMIT = { max: 20, timeWindow: '1 minute' } as const;

/** A questionnaire is a few kilobytes of answers; anything much larger is not a person filling in a form. */
const FORM_BYTES = 64 * 1024;

type Params = { orgCode: string; id: string };

/** One device cookie per survey, sent only to that survey's pages: nothing links a phone's answers across surveys. */
const deviceCookie = (surveyId: string) => `ks_${surveyId}`;

const today = () => todayInVietnam(new Date());

/** The page itself: it depends on the device's cookie, so only that browser may keep it, and never stale. */
const sendPage = (reply: FastifyReply, page: ReactElement, status = 200) => reply.code(status).header('cache-control', 'private, no-cache').type(HTML).send(renderPage(page));

/** A form's fields as sent, every value of a repeated name kept (checkboxes); read from our parser or an object of names. */
function formValues(body: unknown): FormValues {
  const values: FormValues = {};
  if (body instanceof URLSearchParams) for (const [name, value] of body) (values[name] ??= []).push(value);
  else if (body && typeof body === 'object')
    for (const [name, value] of Object.entries(body)) values[name] = ([] as unknown[]).concat(value).filter((v): v is string => typeof v === 'string');
  return values;
}

/**
 * The citizen pages of a satisfaction survey (SPEC §2.8, issue 14): the questionnaire and its answer, the
 * thank-you page, and the A4 sheet with the QR code. They are HTML forms working without script; hidden
 * from the OpenAPI description like the other citizen pages, since they answer pages, not JSON.
 */
export const publicSurveyRoutes: FastifyPluginAsync<{ answerLimit?: { max: number; timeWindow: string } }> = async (app, options) => {
  const db = app.deps.store.db;
  const { secureCookies } = app.deps.config;
  const answerLimit = options.answerLimit ?? SURVEY_ANSWER_LIMIT;

  // Only these routes read forms: the JSON API keeps refusing them (unless the app learns forms for all).
  if (!app.hasContentTypeParser('application/x-www-form-urlencoded'))
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: FORM_BYTES }, (_request, body, done) => done(null, new URLSearchParams(String(body))));

  // A citizen refused for sending too often gets a page, not JSON; anything else goes to the app's handler.
  app.setErrorHandler((error, _request, reply) => {
    if ((error as { statusCode?: number }).statusCode === 429) return sendPage(reply, createElement(SurveyNoticePage, { body: null, title: T.limitedTitle, text: T.limitedText }), 429);
    throw error;
  });

  async function surveyOf(request: FastifyRequest<{ Params: Params }>) {
    const body = await findPublicBody(db, request.params.orgCode);
    const survey = body ? await findPublicSurvey(db, body, request.params.id) : null;
    return body && survey ? { body, survey } : { body: body ?? null, survey: null };
  }

  const notice = (body: PublicBody, surveyTitle: string, title: string, text: string) => createElement(SurveyNoticePage, { body, surveyTitle, title, text });

  /** Why a survey takes no answer today, as a page; null when it is open. */
  function closedPage(body: PublicBody, survey: { title: string; state: string; opens_on: string | null; closes_on: string | null }) {
    const standing = surveyStanding(survey, today());
    if (standing === 'scheduled') return notice(body, survey.title, T.scheduledTitle, T.scheduledText(survey.opens_on));
    if (standing === 'closed') return notice(body, survey.title, T.closedTitle, T.closedText(survey.closes_on));
    return null;
  }

  const deviceToken = (request: FastifyRequest, surveyId: string) => request.cookies[deviceCookie(surveyId)] || null;

  function giveDeviceToken(reply: FastifyReply, body: PublicBody, surveyId: string): string {
    const token = newDeviceToken();
    reply.setCookie(deviceCookie(surveyId), token, { path: surveyPath(body.code, surveyId), httpOnly: true, sameSite: 'lax', secure: secureCookies, maxAge: 366 * 24 * 3600 });
    return token;
  }

  const pageOf = (request: FastifyRequest, body: PublicBody, survey: NonNullable<Awaited<ReturnType<typeof findPublicSurvey>>>, extra: { values?: FormValues; errors?: Record<string, string> } = {}) => {
    const url = publicOrigin(request) + surveyPath(body.code, survey.id);
    return createElement(SurveyPage, {
      body,
      survey: { id: survey.id, title: survey.title, description: survey.description, opensOn: survey.opens_on, closesOn: survey.closes_on, sections: survey.sections },
      action: surveyPath(body.code, survey.id),
      meta: { title: `${survey.title} — ${body.name}`, description: `${T.heading} — ${body.name}`, canonicalUrl: url },
      ...extra,
    });
  };

  app.get<{ Params: Params }>(
    '/p/:orgCode/khao-sat/:id',
    { schema: { ...PUBLIC_ROUTE, summary: 'Phiếu khảo sát sự hài lòng cho người dân (HTML, không cần đăng nhập; đặt cookie thiết bị để mỗi máy trả lời một lần)', description: 'Trả về trang HTML; 404 khi không có khảo sát đã công bố với mã này.' } }, async (request, reply) => {
    const { body, survey } = await surveyOf(request);
    if (!body || !survey) return notFoundPage(reply, body);
    const closed = closedPage(body, survey);
    if (closed) return sendPage(reply, closed);
    const token = deviceToken(request, survey.id);
    if (token && (await deviceHasAnswered(db, survey.id, deviceHashOf(token)))) return sendPage(reply, notice(body, survey.title, T.alreadyTitle, T.alreadyText));
    if (!token) giveDeviceToken(reply, body, survey.id);
    return sendPage(reply, pageOf(request, body, survey));
  });

  app.post<{ Params: Params }>(
    '/p/:orgCode/khao-sat/:id',
    {
      schema: {
        ...PUBLIC_ROUTE,
        summary: 'Người dân gửi phiếu khảo sát: biểu mẫu application/x-www-form-urlencoded, mỗi câu một trường q_<mã câu hỏi> (thang điểm 1–5, số thứ tự phương án, hoặc chữ); thành công chuyển (303) tới trang cảm ơn',
        description: 'Trả về trang HTML: 303 tới trang cảm ơn; 400 phiếu thiếu câu bắt buộc (hiện lại câu trả lời đã chọn); 409 thiết bị này đã gửi phiếu, hoặc khảo sát chưa mở / đã đóng; 429 gửi quá nhiều trong một phút.',
      },
      config: { rateLimit: answerLimit },
    }, async (request, reply) => {
    const { body, survey } = await surveyOf(request);
    if (!body || !survey) return notFoundPage(reply, body);
    const closed = closedPage(body, survey);
    if (closed) return sendPage(reply, closed, 409);
    const values = formValues(request.body);
    const { answers, errors } = readAnswers(survey.sections, values);
    if (Object.keys(errors).length > 0) return sendPage(reply, pageOf(request, body, survey, { values, errors }), 400);
    // A browser refusing cookies still gets its answer kept: one per device is "where possible" (issue 14).
    const token = deviceToken(request, survey.id) ?? giveDeviceToken(reply, body, survey.id);
    const outcome = await saveSurveyAnswers(db, survey, answers, token, today());
    // 409: the sheet was not kept, and a page that says so politely (the first one was).
    if (outcome === 'already') return sendPage(reply, notice(body, survey.title, T.alreadyTitle, T.alreadyText), 409);
    return reply.code(303).header('location', surveyThanksPath(body.code, survey.id)).send();
  });

  app.get<{ Params: Params }>('/p/:orgCode/khao-sat/:id/cam-on', { schema: { hide: true } }, async (request, reply) => {
    const { body, survey } = await surveyOf(request);
    if (!body || !survey) return notFoundPage(reply, body);
    return sendPage(reply, notice(body, survey.title, T.thanksTitle, T.thanksText));
  });

  app.get<{ Params: Params }>('/p/:orgCode/khao-sat/:id/in', { schema: { hide: true } }, async (request, reply) => {
    const { body, survey } = await surveyOf(request);
    if (!body || !survey) return notFoundPage(reply, body);
    const pageUrl = publicOrigin(request) + surveyPath(body.code, survey.id);
    const qrDataUrl = pngDataUrl(await qrPngOf(pageUrl));
    return reply.header('cache-control', 'private, max-age=60').type(HTML).send(renderPage(createElement(SurveySheetPage, { body, title: survey.title, pageUrl, qrDataUrl })));
  });
};

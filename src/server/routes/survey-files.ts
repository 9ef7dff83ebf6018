import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { qrPngOf } from '../../documents/qr/qr-code';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { surveyPublicLink, surveyResponsesFile } from '../commands/survey-export';
import { commandContext } from '../deps';
import { sendXlsx } from '../http/send-document';
import { publicOrigin } from './public-http';

const tags = ['surveys'];
const response = { 401: errorResponseSchema, 404: errorResponseSchema };

/** Shown in the app and kept a few minutes: the link it encodes changes only with the site's address. */
const sendPng = (reply: FastifyReply, png: Buffer) => reply.header('content-type', 'image/png').header('cache-control', 'private, max-age=300').send(png);

/** What staff take away from a survey: every answer as XLSX, and the QR code of its public link to print (the A4 sheet is /p/:orgCode/khao-sat/:id/in). */
export const surveyFileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/api/surveys/:id/responses.xlsx', { schema: { tags, summary: 'Xuất mọi phiếu trả lời ra Excel: mỗi phiếu một dòng, mỗi câu hỏi một cột', params: idParamsSchema, response } }, async (request, reply) => {
    const { bytes, fileName } = await surveyResponsesFile(commandContext(request), request.params.id);
    return sendXlsx(reply, bytes, fileName);
  });

  app.get('/api/surveys/:id/qr.png', { schema: { tags, summary: 'Mã QR (PNG) của liên kết công khai tới phiếu khảo sát, để in hoặc chia sẻ', params: idParamsSchema, response } }, async (request, reply) => {
    const link = await surveyPublicLink(commandContext(request), request.params.id, publicOrigin(request));
    return sendPng(reply, await qrPngOf(link));
  });
};

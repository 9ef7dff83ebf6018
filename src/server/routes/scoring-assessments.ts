import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { todayInVietnam } from '../../domain/calendar';
import { MAX_EVIDENCE_BYTES } from '../../domain/occurrences/evidence-files';
import { errorResponseSchema, idParamsSchema } from '../../shared/schemas/common';
import { addEvidenceSchema, answerReviewSchema, assessmentSchema, evidenceOptionsSchema, evidenceSchema, saveReviewScoresSchema, saveSelfScoresSchema, scoreHistorySchema } from '../../shared/schemas/scoring-assessments';
import { assessmentHistory, viewAssessment } from '../commands/assessment-view';
import { reopenAssessment, saveReviewScores } from '../commands/score-review';
import { addScoringEvidence, addScoringEvidenceFile, evidenceOptions, removeScoringEvidence, scoringEvidenceFile, viewScoringEvidence } from '../commands/scoring-evidence';
import { answerReview, saveSelfScores, submitAssessment, withdrawAssessment } from '../commands/self-assessment';
import { commandContext } from '../deps';
import { badRequest } from '../errors';
import { contentDisposition } from '../http/content-disposition';
import { readUpload } from '../http/multipart-upload';

const tags = ['scoring'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 413: errorResponseSchema };
const today = () => todayInVietnam(new Date());

/** A body's assessment in a round (issue 16): self-scoring with evidence, submission, review, answers, history. */
export const scoringAssessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(multipart, { limits: { fileSize: MAX_EVIDENCE_BYTES + 1, files: 1, fields: 2 } });
  const filesDir = join(app.deps.config.dataDir, 'files');
  const view = (request: Parameters<typeof commandContext>[0], id: string) => viewAssessment(commandContext(request), id, today());

  app.get('/api/scoring/assessments/:id', { config: { viewCache: true }, schema: { tags, summary: 'Bản đánh giá của một đơn vị: từng tiêu chí với điểm tự chấm, điểm đề xuất từ số liệu hệ thống, tài liệu kiểm chứng, điểm thẩm định và giải trình', params: idParamsSchema, response: { 200: assessmentSchema, ...errors } } }, async (request) =>
    view(request, request.params.id),
  );

  app.put(
    '/api/scoring/assessments/:id/self-scores',
    { schema: { tags, summary: 'Lưu điểm tự chấm (không vượt điểm tối đa) và ghi chú của các tiêu chí gửi lên; đến hạn tự đánh giá', params: idParamsSchema, body: saveSelfScoresSchema, response: { 200: assessmentSchema, ...errors } } },
    async (request) => {
      await saveSelfScores(commandContext(request), request.params.id, request.body, today());
      return view(request, request.params.id);
    },
  );

  for (const [step, summary, run] of [
    ['submit', 'Gửi bản tự đánh giá cho tổ thẩm định (mọi tiêu chí đã chấm); đến hạn tự đánh giá', submitAssessment],
    ['withdraw', 'Rút lại bản tự đánh giá đã gửi để sửa (trước hạn và trước khi tổ thẩm định chấm)', withdrawAssessment],
    ['reopen', 'Tổ thẩm định mở lại bản tự đánh giá sau hạn để đơn vị sửa và gửi lại', reopenAssessment],
  ] as const) {
    app.post(`/api/scoring/assessments/:id/${step}`, { schema: { tags, summary, params: idParamsSchema, response: { 200: assessmentSchema, ...errors } } }, async (request) => {
      await run(commandContext(request), request.params.id, today());
      return view(request, request.params.id);
    });
  }

  app.put(
    '/api/scoring/assessments/:id/review-scores',
    { schema: { tags, summary: 'Thẩm định: giữ điểm tự chấm hoặc chấm điểm khác kèm lý do đơn vị sẽ đọc; đến hạn thẩm định', params: idParamsSchema, body: saveReviewScoresSchema, response: { 200: assessmentSchema, ...errors } } },
    async (request) => {
      await saveReviewScores(commandContext(request), request.params.id, request.body, today());
      return view(request, request.params.id);
    },
  );

  app.post(
    '/api/scoring/assessments/:id/answers',
    { schema: { tags, summary: 'Giải trình (một lần) về điểm tổ thẩm định chấm khác, trước khi hết hạn thẩm định', params: idParamsSchema, body: answerReviewSchema, response: { 200: assessmentSchema, ...errors } } },
    async (request) => {
      await answerReview(commandContext(request), request.params.id, request.body, today());
      return view(request, request.params.id);
    },
  );

  app.get('/api/scoring/assessments/:id/history', { schema: { tags, summary: 'Lịch sử thay đổi điểm: ai, khi nào, từ, thành, lý do', params: idParamsSchema, response: { 200: scoreHistorySchema, ...errors } } }, async (request) =>
    assessmentHistory(commandContext(request), request.params.id),
  );

  app.get('/api/scoring/assessments/:id/evidence-options', { schema: { tags, summary: 'Những gì hệ thống đã có của đơn vị trong năm để chọn làm tài liệu kiểm chứng: nhiệm vụ hoàn thành, báo cáo đã gửi, tin bài đã đăng, thủ tục đã niêm yết, số liệu', params: idParamsSchema, response: { 200: evidenceOptionsSchema, ...errors } } }, async (request) =>
    evidenceOptions(commandContext(request), request.params.id, today()),
  );

  app.post(
    '/api/scoring/assessments/:id/evidence',
    { schema: { tags, summary: 'Gắn tài liệu kiểm chứng cho một tiêu chí: chọn từ dữ liệu của đơn vị, một số liệu hệ thống tính, hoặc một liên kết', params: idParamsSchema, body: addEvidenceSchema, response: { 201: evidenceSchema, ...errors } } },
    async (request, reply) => reply.status(201).send(await addScoringEvidence(commandContext(request), request.params.id, request.body, today())),
  );

  app.post(
    '/api/scoring/assessments/:id/evidence/file',
    { config: { uploadOnly: true }, schema: { tags, summary: 'Tải lên tệp kiểm chứng cho một tiêu chí (multipart: trường "criterionCode" rồi "file")', params: idParamsSchema, response: { 201: evidenceSchema, ...errors } } },
    async (request, reply) => {
      const ctx = commandContext(request);
      const upload = request.isMultipart() ? await readUpload(request, ['criterionCode']) : undefined;
      if (!upload) throw badRequest('FILE_REQUIRED', 'Hãy chọn tệp để tải lên.', [{ field: 'file', message: 'Bắt buộc' }]);
      const { file } = upload;
      const added = await addScoringEvidenceFile(ctx, filesDir, request.params.id, upload.fields.criterionCode, { filename: file.filename, stream: upload.checkedStream(), truncated: () => file.file.truncated }, today());
      return reply.status(201).send(added);
    },
  );

  app.get('/api/scoring/assessment-evidence/:id', { schema: { tags, summary: 'Một tài liệu kiểm chứng, như trong bản đánh giá của đơn vị', params: idParamsSchema, response: { 200: evidenceSchema, ...errors } } }, async (request) =>
    viewScoringEvidence(commandContext(request), request.params.id, today()),
  );

  app.delete('/api/scoring/assessment-evidence/:id', { schema: { tags, summary: 'Gỡ tài liệu kiểm chứng (khi đơn vị còn sửa được bản tự đánh giá)', params: idParamsSchema, response: { 200: z.object({ removed: z.literal(true) }), ...errors } } }, async (request) => {
    await removeScoringEvidence(commandContext(request), filesDir, request.params.id, today());
    return { removed: true as const };
  });

  app.get('/api/scoring/assessment-evidence/:id/file', { schema: { tags, summary: 'Tải tệp kiểm chứng của bản đánh giá', params: idParamsSchema } }, async (request, reply) => {
    const evidence = await scoringEvidenceFile(commandContext(request), request.params.id);
    return reply
      .header('content-type', evidence.media_type ?? 'application/octet-stream')
      .header('content-disposition', contentDisposition(evidence.label))
      .header('cache-control', 'private, no-store')
      .send(createReadStream(join(filesDir, evidence.storage_key!)));
  });
};

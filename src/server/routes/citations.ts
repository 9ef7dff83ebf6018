import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recognizeCitations, uniqueCitations } from '../../domain/citations';
import { errorResponseSchema } from '../../shared/schemas/common';
import { recognizeCitationsResponseSchema, recognizeCitationsSchema } from '../../shared/schemas/legal-documents';
import { requireSignedIn } from '../request-context';

/**
 * Finds the legal documents a text cites ("Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ"), each
 * document once, in order of first mention, with the fullest date and issuer the text gives.
 */
export const citationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/citations/recognize',
    {
      schema: {
        tags: ['legal-documents'],
        summary: 'Nhận diện văn bản được trích dẫn trong một đoạn văn',
        body: recognizeCitationsSchema,
        response: { 200: recognizeCitationsResponseSchema, 400: errorResponseSchema, 401: errorResponseSchema },
      },
    },
    async (request) => {
      requireSignedIn(request);
      const citations = uniqueCitations(recognizeCitations(request.body.text));
      return { citations: citations.map(({ kind, code, date, issuer }) => ({ kind, code, date, issuer })) };
    },
  );
};

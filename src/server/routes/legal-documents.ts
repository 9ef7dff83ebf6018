import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { findLegalDocument, listLegalDocuments, type LegalDocumentRow } from '../../db/repositories/legal-documents';
import type { LegalDocumentKind } from '../../shared/legal-document-kinds';
import { errorResponseSchema, idParamsSchema, pageSchema } from '../../shared/schemas/common';
import {
  createLegalDocumentSchema,
  legalDocumentSchema,
  listLegalDocumentsQuerySchema,
  updateLegalDocumentSchema,
  type LegalDocumentDto,
} from '../../shared/schemas/legal-documents';
import { canUpdateLegalDocument, createLegalDocument, legalDocumentNotFound, updateLegalDocumentDetails } from '../commands/manage-legal-document';
import type { CommandContext } from '../commands/transaction';
import { commandContext } from '../deps';
import { toPage } from '../presenters/page';

const tags = ['legal-documents'];
const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };

async function present(ctx: CommandContext, row: LegalDocumentRow): Promise<LegalDocumentDto> {
  return {
    id: row.id,
    kind: row.kind as LegalDocumentKind,
    code: row.code,
    issuedOn: row.issued_on,
    issuer: row.issuer,
    summary: row.summary,
    url: row.url,
    createdAt: row.created_at,
    can: { update: await canUpdateLegalDocument(ctx, row) },
  };
}

/** The registry of cited legal documents: national and provincial texts, read by everyone signed in. */
export const legalDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/legal-documents',
    { schema: { tags, summary: 'Danh mục văn bản pháp lý', querystring: listLegalDocumentsQuerySchema, response: { 200: pageSchema(legalDocumentSchema), ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      const rows = await listLegalDocuments(ctx.db, request.query);
      const page = toPage(rows, request.query.limit, (r) => r, (r) => r.id);
      return { items: await Promise.all(page.items.map((r) => present(ctx, r))), nextCursor: page.nextCursor };
    },
  );

  app.get('/api/legal-documents/:id', { schema: { tags, summary: 'Một văn bản', params: idParamsSchema, response: { 200: legalDocumentSchema, ...errors } } }, async (request) => {
    const ctx = commandContext(request);
    const row = await findLegalDocument(ctx.db, request.params.id);
    if (!row) throw legalDocumentNotFound();
    return present(ctx, row);
  });

  app.post('/api/legal-documents', { schema: { tags, summary: 'Thêm văn bản', body: createLegalDocumentSchema, response: { 201: legalDocumentSchema, ...errors } } }, async (request, reply) => {
    const ctx = commandContext(request);
    return reply.status(201).send(await present(ctx, await createLegalDocument(ctx, request.body)));
  });

  app.patch(
    '/api/legal-documents/:id',
    { schema: { tags, summary: 'Sửa văn bản', params: idParamsSchema, body: updateLegalDocumentSchema, response: { 200: legalDocumentSchema, ...errors } } },
    async (request) => {
      const ctx = commandContext(request);
      return present(ctx, await updateLegalDocumentDetails(ctx, request.params.id, request.body));
    },
  );
};

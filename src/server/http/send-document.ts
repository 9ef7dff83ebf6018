import type { FastifyReply, FastifyRequest } from 'fastify';
import { PdfConverterMissing } from '../../documents/pdf/libreoffice';
import { AppError } from '../errors';
import { requireSignedIn } from '../request-context';
import { contentDisposition } from './content-disposition';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const pdfConverterMissing = () =>
  new AppError(503, 'PDF_CONVERTER_MISSING', 'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF. Quản trị hệ thống cần cài gói Debian "libreoffice-writer-nogui" (và "fonts-liberation2"), rồi thử lại; bản DOCX vẫn tải được.');

/** A generated file as the answer: its type, a download name that keeps Vietnamese, never cached. */
export function sendFile(reply: FastifyReply, bytes: Buffer, type: string, fileName: string) {
  return reply.header('content-type', type).header('content-disposition', contentDisposition(fileName)).header('cache-control', 'private, no-store').send(bytes);
}

export const sendDocx = (reply: FastifyReply, docx: Buffer, baseName: string) => sendFile(reply, docx, DOCX_TYPE, `${baseName}.docx`);

export const sendXlsx = (reply: FastifyReply, xlsx: Buffer, fileName: string) => sendFile(reply, xlsx, XLSX_TYPE, fileName);

/**
 * The PDF LibreOffice makes of the DOCX `docx()` builds, within the signed-in person's PDF slot (one at a
 * time per person, a few in all: see pdf-limit.ts); 503 naming the package when LibreOffice is missing.
 */
export async function sendPdfOf(request: FastifyRequest, reply: FastifyReply, docx: () => Promise<Buffer>, baseName: string) {
  const userId = requireSignedIn(request).user.id;
  const pdf = await request.server.deps.pdf.run(userId, async (convert) =>
    convert(await docx()).catch((error: unknown) => {
      throw error instanceof PdfConverterMissing ? pdfConverterMissing() : error;
    }),
  );
  return sendFile(reply, pdf, 'application/pdf', `${baseName}.pdf`);
}

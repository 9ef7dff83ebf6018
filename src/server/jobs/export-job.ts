import { z } from 'zod';
import { PdfConverterMissing } from '../../documents/pdf/libreoffice';
import type { CommandContext } from '../commands/transaction';
import { AppError } from '../errors';
import { pdfConverterMissing } from '../http/send-document';
import type { ExportKind } from '../../shared/schemas/jobs';
import { JobFailure, type JobContext, type JobHandler } from './job-kinds';
import { saveJobResult } from './job-result-files';
import { requesterContext } from './requester';

/** The queue's kind for each export people can ask for. */
export const EXPORT_JOB_KINDS: Record<ExportKind, string> = { occurrences: 'export-occurrences', 'plan-pdfs': 'export-plan-pdfs' };
/** A failure the requester can do nothing about is tried again a couple of times before it is reported. */
export const EXPORT_MAX_ATTEMPTS = 3;

const payloadSchema = z.object({
  filters: z.unknown(),
  requestedBy: z.object({ id: z.string(), username: z.string(), fullName: z.string() }),
  requestId: z.string().nullable(),
});
export type ExportPayload = z.infer<typeof payloadSchema>;

export type ExportFile = { bytes: Buffer; name: string; type: string; extension: string };

/** Makes the file of one kind of export, as the requester: `job` is for progress and the clock. */
export type ExportProducer<F> = (ctx: CommandContext, filters: F, job: JobContext) => Promise<ExportFile>;

/**
 * A job handler from an export producer: it runs as the person who asked (with their roles as they are
 * now), keeps the file under DATA_DIR/exports, and turns failures into a message they can read.
 */
export function exportJob<F>(filters: z.ZodType<F>, produce: ExportProducer<F>): JobHandler {
  return async (payload, job) => {
    const p = payloadSchema.parse(payload);
    const ctx = await requesterContext(job, { actor: p.requestedBy, requestId: p.requestId, ip: null });
    try {
      const file = await produce(ctx, filters.parse(p.filters), job);
      await saveJobResult(job, file);
      return { name: file.name, size: file.bytes.length };
    } catch (err) {
      throw readableFailure(err, job);
    }
  };
}

function readableFailure(err: unknown, job: JobContext): Error {
  if (err instanceof JobFailure) return err;
  // Refusals (no longer allowed, nothing found) are the same on every try.
  if (err instanceof AppError && err.statusCode < 500) return new JobFailure(err.message);
  if (err instanceof PdfConverterMissing) return new JobFailure(pdfConverterMissing().message);
  job.log.error({ err, jobId: job.job?.id }, 'export failed');
  return new Error('Chưa tạo được tệp kết quả do lỗi hệ thống. Vui lòng thử lại sau hoặc báo quản trị hệ thống.');
}

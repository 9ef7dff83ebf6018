import JSZip from 'jszip';
import { PLAN_STATES_IN_FORCE } from '../../../domain/plans/lifecycle';
import { planDocumentBuffer } from '../../../documents/docx/plan-document';
import { docxToPdf } from '../../../documents/pdf/libreoffice';
import { listPlansUnder } from '../../../db/repositories/plan-batches';
import { planPdfExportSchema } from '../../../shared/schemas/jobs';
import { exportScope } from '../../commands/export-scope';
import { planDocumentData } from '../../commands/plan-document';
import { exportJob } from '../export-job';
import { JobFailure } from '../job-kinds';
import { reportProgress } from '../job-result-files';

/** A name inside the zip: no folder separators ("06/KH-SYT"), and never the same twice. */
function entryName(base: string, taken: Set<string>): string {
  const clean = base.replace(/[/\\]/g, '-');
  let name = `${clean}.pdf`;
  for (let n = 2; taken.has(name); n++) name = `${clean} (${n}).pdf`;
  taken.add(name);
  return name;
}

/**
 * The PDFs of a year's issued plans of the bodies under one organisation (a department of health and
 * its hospitals), zipped. LibreOffice makes one PDF at a time, so progress moves per document.
 */
export const exportPlanPdfs = exportJob(planPdfExportSchema, async (ctx, f, job) => {
  const scope = await exportScope(ctx, f.bodyId);
  // Only plans whose document is final: a draft's PDF would circulate as if it were issued.
  const plans = await listPlansUnder(ctx.db, { roots: scope.roots, year: f.year, states: [...PLAN_STATES_IN_FORCE], ids: f.planIds });
  if (plans.length === 0) throw new JobFailure(`Không có kế hoạch đã ban hành nào của năm ${f.year} trong phạm vi ${scope.name}.`);
  const zip = new JSZip();
  const taken = new Set<string>();
  await reportProgress(job, { done: 0, total: plans.length, note: 'Đang tạo PDF' });
  for (const [i, plan] of plans.entries()) {
    const { data, fileName } = await planDocumentData(ctx, plan.id);
    const pdf = await docxToPdf(await planDocumentBuffer(data));
    const name = entryName(fileName, taken);
    zip.file(name, pdf);
    await reportProgress(job, { done: i + 1, total: plans.length, note: name });
  }
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { bytes, name: `Kế hoạch năm ${f.year} - ${scope.name}.zip`, type: 'application/zip', extension: 'zip' };
});

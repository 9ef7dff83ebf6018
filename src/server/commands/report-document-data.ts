import { todayInVietnam } from '../../domain/calendar';
import { periodPhrase } from '../../domain/reports/periods';
import { reportRecipients } from '../../domain/reports/recipients';
import type { ReportSections, ReportTexts } from '../../domain/reports/sections';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import { findOrganization } from '../../db/repositories/organizations';
import { listPlans } from '../../db/repositories/plans';
import { findUser } from '../../db/repositories/users';
import type { ReportDocumentData } from '../../documents/docx/report-document';
import type { ReportPeriod } from '../../shared/report-vocabulary';
import { draftingOffice, signatureFor } from './reminder-notice-data';
import { loadReport } from './report-access';
import type { CommandContext } from './transaction';

/**
 * Who signs: the director who approved it — a deputy ("Phó Giám đốc") signs "KT. GIÁM ĐỐC" — and before
 * approval the body's director by name when it has exactly one.
 */
async function signatureOf(ctx: CommandContext, approvedBy: string | null, body: Parameters<typeof signatureFor>[1]): Promise<ReportDocumentData['signature']> {
  const approver = approvedBy ? await findUser(ctx.db, approvedBy) : undefined;
  if (!approver) return signatureFor(ctx, body, 'director');
  const deputy = /phó/iu.test(approver.title ?? '');
  return deputy ? { authority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: approver.full_name } : { authority: 'GIÁM ĐỐC', signerTitle: null, signerName: approver.full_name };
}

/** A report as its document prints it, for anyone who may read the report. */
export async function reportDocumentData(ctx: CommandContext, id: string): Promise<{ data: ReportDocumentData; fileName: string }> {
  const { report, body } = await loadReport(ctx.db, ctx.actor, id);
  const parent = report.parent_id ? await findOrganization(ctx.db, report.parent_id) : undefined;
  const plans = await listPlans(ctx.db, { roots: [body.path], ancestorBodyIds: [], organizationId: body.id, year: report.year, limit: 100 });
  const office = await draftingOffice(ctx, body, plans);
  // The year the clerk will date it in: when it was approved, else when it was compiled.
  const signingYear = Number(todayInVietnam(new Date(report.approved_at ?? report.compiled_at)).slice(0, 4));
  const data: ReportDocumentData = {
    issuer: { superiorName: body.superior_name, name: body.name, placeName: body.place_name },
    number: report.number,
    symbol: report.symbol,
    date: { year: signingYear },
    period: report.period as ReportPeriod,
    year: report.year,
    range: { from: report.from_date, to: report.to_date },
    sections: JSON.parse(report.sections_json) as ReportSections,
    texts: JSON.parse(report.texts_json) as ReportTexts,
    signature: await signatureOf(ctx, report.approved_by, body),
    recipients: reportRecipients({ parentName: parent?.name ?? null, superiorName: body.superior_name }, office?.code ?? null),
  };
  const numbered = report.number === null ? report.symbol : formatPlanNumber(report.number, report.symbol);
  return { data, fileName: `Báo cáo ${numbered} ${periodPhrase(data.period, data.year, data.range)}` };
}

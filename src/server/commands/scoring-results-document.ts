import { noticeSymbol } from '../../domain/assessment';
import { todayInVietnam } from '../../domain/calendar';
import { filingLine } from '../../domain/documents/list-punctuation';
import { nameFromCapitals } from '../../domain/reports/recipients';
import type { IsoDate } from '../../domain/schedule/schedule';
import { findRound } from '../../db/repositories/assessments';
import { findOrganization, type OrganizationRow } from '../../db/repositories/organizations';
import { listPlans } from '../../db/repositories/plans';
import type { RoundResults, ScoringResultsDocumentData } from '../../documents/docx/scoring-results-document';
import type { ScoringResultsWorkbookData } from '../../documents/xlsx/scoring-results-workbook';
import { draftingOffice, signatureFor } from './reminder-notice-data';
import { roundNotFound, setOfRound } from './scoring-access';
import { roundResults } from './scoring-rounds';
import type { CommandContext } from './transaction';

type Loaded = { results: RoundResults; body: OrganizationRow; date: IsoDate; draft: boolean; baseName: string };

/**
 * A scoring round's result as files (issue 16, SPEC §2.12): the ranking as roundResults answers it —
 * so the same people may download it, a body only after publication — with the department of health
 * that publishes it, dated the day it was published; before publication a preview dated today, marked a draft.
 */
async function loadResults(ctx: CommandContext, id: string): Promise<Loaded> {
  const results = await roundResults(ctx, id);
  const body = await findOrganization(ctx.db, results.round.organization.id);
  if (!body) throw roundNotFound();
  const publishedAt = results.round.publishedAt;
  const draft = publishedAt === null;
  const date = todayInVietnam(publishedAt ? new Date(publishedAt) : new Date());
  // content-disposition adds the name without diacritics for older browsers: "Ket qua cham diem CCHC nam 2025".
  const baseName = `Kết quả chấm điểm CCHC năm ${results.round.year}${draft ? ' (dự thảo)' : ''}`;
  return { results, body, date, draft, baseName };
}

export async function scoringResultsWorkbookData(ctx: CommandContext, id: string): Promise<{ data: ScoringResultsWorkbookData; fileName: string }> {
  const { results, body, date, draft, baseName } = await loadResults(ctx, id);
  return { data: { issuerName: body.name, date, draft, results }, fileName: `${baseName}.xlsx` };
}

/** "Nơi nhận": the authority over the department told, the board, the bodies scored, and the file copy. */
function recipientsOf(body: OrganizationRow, officeCode: string | null): string[] {
  const superior = body.superior_name ? [`${nameFromCapitals(body.superior_name)} (b/c)`] : [];
  return [...superior, 'Ban Giám đốc Sở', 'Các đơn vị được đánh giá', filingLine(officeCode)];
}

/** The notice (Thông báo) of the result as its document prints it, signed by the department's director. */
export async function scoringResultsDocumentData(ctx: CommandContext, id: string): Promise<{ data: ScoringResultsDocumentData; baseName: string }> {
  const { results, body, date, draft, baseName } = await loadResults(ctx, id);
  const round = (await findRound(ctx.db, id))!;
  const { row: set } = await setOfRound(ctx.db, round);
  // The office that files the department's CCHC papers, as its plans of the year the notice is signed in name it ("Lưu: VT, VP"):
  // last year's result is published early this year, under this year's plans.
  const plans = await listPlans(ctx.db, { roots: [body.path], ancestorBodyIds: [], organizationId: body.id, year: Number(date.slice(0, 4)), limit: 100 });
  const office = await draftingOffice(ctx, body, plans);
  const data: ScoringResultsDocumentData = {
    issuer: { superiorName: body.superior_name, name: body.name, placeName: body.place_name },
    symbol: noticeSymbol(body.document_code ?? body.code),
    date,
    draft,
    criteriaSetName: set.name,
    results,
    signature: await signatureFor(ctx, body, 'director'),
    recipients: recipientsOf(body, office?.code ?? null),
  };
  return { data, baseName };
}

import type { z } from 'zod';
import { areaColumnTitle, formatPoints, NONE, resultsSummary, totalColumnTitle } from '../../domain/assessment';
import { shortDateOrBlank } from '../../domain/documents/date-line';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { IsoDate } from '../../domain/schedule/schedule';
import { numberText } from '../../shared/plan-document/document-text';
import type { roundResultsSchema } from '../../shared/schemas/scoring-rounds';
import { officialDocumentBuffer, type AppendixPart, type BodyBlock, type OfficialDocumentParts, type SignaturePart } from './official-document';
import type { AppendixColumn } from './parts';

/** A round's ranking as the API answers it (roundResults). */
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** Everything the notice of a scoring round's result says, gathered by the server; this module only words and lays it out. */
export type ScoringResultsDocumentData = {
  issuer: { superiorName: string | null; name: string; placeName: string | null };
  /** "TB-SYT"; the number is the clerk's to give. */
  symbol: string;
  /** The day the result was published, or today for a preview. */
  date: IsoDate;
  /** Not published yet: printed "DỰ THẢO". */
  draft: boolean;
  /** The criteria set the bodies were scored on, as its department named it. */
  criteriaSetName: string;
  results: RoundResults;
  signature: SignaturePart;
  recipients: string[];
};

const KIND = 'Thông báo';
/** Counts in documents take two digits ("02 đơn vị"), as the seeds and the decree's numbers do. */
const nn = (n: number) => String(n).padStart(2, '0');
const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text });

/** "Xuất sắc: 01 đơn vị; Tốt: 01 đơn vị": only the classes some body reached. */
function classSentence(r: RoundResults): string {
  const reached = r.classCounts.filter((c) => c.count > 0).map((c) => `${c.name}: ${nn(c.count)} đơn vị`);
  const unclassed = r.rows.filter((row) => row.className === null).length;
  if (unclassed > 0) reached.push(`chưa đạt mức xếp loại nào: ${nn(unclassed)} đơn vị`);
  return reached.join('; ');
}

/** The text stays short: what was scored, how many reached each class; the table is the appendix. */
function bodyOf(d: ScoringResultsDocumentData): BodyBlock[] {
  const { results: r, issuer } = d;
  // A first round, or bodies new to it, have nothing to compare with.
  const compared = r.rows.some((row) => row.lastYear !== null);
  return [
    { kind: 'bases', items: [`Căn cứ ${d.criteriaSetName} của ${issuer.name}`, 'Căn cứ kết quả tự đánh giá, chấm điểm của các đơn vị và kết quả thẩm định của Tổ thẩm định'] },
    paragraph(`${issuer.name} thông báo kết quả đánh giá, xếp loại kết quả thực hiện nhiệm vụ cải cách hành chính năm ${r.round.year} của ${nn(r.rows.length)} đơn vị trực thuộc như sau:`),
    paragraph(`1. Kết quả xếp loại (thang điểm ${formatPoints(r.maxPoints)}): ${classSentence(r)}.`),
    paragraph(`2. Điểm theo từng lĩnh vực, tổng điểm, xếp loại và thứ hạng của từng đơn vị${compared ? `, so sánh với kết quả năm ${r.round.year - 1},` : ''} tại Phụ lục kèm theo Thông báo này.`),
    paragraph(
      `${issuer.name} đề nghị các đơn vị căn cứ kết quả trên, rà soát các tiêu chí chưa đạt điểm tối đa, làm rõ nguyên nhân và đưa giải pháp khắc phục vào kế hoạch cải cách hành chính năm ${r.round.year + 1}.`,
    ),
  ];
}

/** Last year's result in a narrow cell: points, class, rank, one to a line. */
function lastYearCell(lastYear: RoundResults['rows'][number]['lastYear']): string {
  if (!lastYear) return NONE;
  return [formatPoints(lastYear.total), lastYear.className, `Hạng ${lastYear.rank}`].filter(Boolean).join('\n');
}

/** The ranking on a landscape page: one row a body, one column an area, each headed with its maximum. */
function rankingAppendix(d: ScoringResultsDocumentData): AppendixPart {
  const r = d.results;
  const columns: AppendixColumn[] = [
    { title: 'Thứ hạng', weight: 7, align: 'center' },
    { title: 'Đơn vị', weight: 20 },
    // The areas take what is left: their names wrap in the header, the points under them are short.
    ...r.areas.map((area): AppendixColumn => ({ title: areaColumnTitle(area), weight: 10, align: 'center' })),
    { title: totalColumnTitle(r.maxPoints), weight: 7, align: 'center' },
    { title: 'Xếp loại', weight: 8, align: 'center' },
    { title: `Năm trước\n(${r.round.year - 1})`, weight: 8, align: 'center' },
  ];
  const rows = r.rows.map((row) => [
    String(row.rank),
    row.organization.name,
    ...r.areas.map((area) => formatPoints(row.areas.find((a) => a.code === area.code)?.points ?? 0)),
    formatPoints(row.total),
    row.className ?? NONE,
    lastYearCell(row.lastYear),
  ]);
  return {
    label: 'PHỤ LỤC',
    title: resultsSummary(r.round.year),
    attachedTo: `Kèm theo Thông báo số ${numberText(formatPlanNumber(null, d.symbol))} ngày ${shortDateOrBlank(d.date)} của ${d.issuer.name}`,
    landscape: true,
    columns,
    rows,
  };
}

/** A Thông báo in the Decree 30 layout: heading, title and summary, bases, the short text, signature; the ranking in a landscape appendix. */
export function scoringResultsDocumentParts(d: ScoringResultsDocumentData): OfficialDocumentParts {
  return {
    heading: { superiorName: d.issuer.superiorName, issuerName: d.issuer.name, number: null, symbol: d.symbol, placeName: d.issuer.placeName, date: d.date },
    title: { kind: KIND, summary: resultsSummary(d.results.round.year) },
    body: bodyOf(d),
    signature: d.signature,
    recipients: d.recipients,
    appendices: [rankingAppendix(d)],
    draft: d.draft,
  };
}

export function scoringResultsDocumentBuffer(d: ScoringResultsDocumentData): Promise<Buffer> {
  return officialDocumentBuffer(scoringResultsDocumentParts(d));
}

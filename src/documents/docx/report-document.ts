import type { BlankDate } from '../../domain/documents/date-line';
import { punctuateList } from '../../shared/plan-document/document-text';
import { periodPhrase, reportTitle, type ReportRange } from '../../domain/reports/periods';
import type { AggregateSection } from '../../domain/reports/aggregate';
import type { CitizenSection, CommunicationSection, IndexLine, ProcedureSection, ReportSections, ReportTexts } from '../../domain/reports/sections';
import type { FeedbackCounts } from '../../domain/feedback/counts';
import type { Share } from '../../domain/surveys/satisfaction';
import { SIPAS_ASPECT_LABELS_VI } from '../../shared/survey-vocabulary';
import type { PostingCounts } from '../../domain/procedures/posting-kpi';
import type { AreaWork, WorkCounts, WorkLine } from '../../domain/reports/work';
import { formatDateVi } from '../../domain/schedule';
import type { IsoDate } from '../../domain/schedule/schedule';
import type { ReportPeriod, ReportTextKey } from '../../shared/report-vocabulary';
import { officialDocumentBuffer, type BodyBlock, type OfficialDocumentParts, type SignaturePart } from './official-document';

/** Everything a report's document says, gathered by the server; this module only words and lays it out. */
export type ReportDocumentData = {
  issuer: { superiorName: string | null; name: string; placeName: string | null };
  number: number | null;
  symbol: string;
  /** The signing date; only the year while the clerk has not registered it. */
  date: IsoDate | BlankDate;
  period: ReportPeriod;
  year: number;
  range: ReportRange;
  sections: ReportSections;
  texts: ReportTexts;
  signature: SignaturePart;
  recipients: string[];
};

/** Counts in documents take two digits ("05 nhiệm vụ"), as the seeds and the decree's numbers do. */
const nn = (n: number) => String(n).padStart(2, '0');
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];
const LETTERS = 'abcdefghiklmnopqrstuvxy';

const paragraph = (text: string): BodyBlock => ({ kind: 'paragraph', text });
const heading = (numbering: string, text: string): BodyBlock => ({ kind: 'heading', numbering, text });
const bullets = (items: string[]): BodyBlock[] => punctuateList(items).map((t) => paragraph(`- ${t}`));

/** A free text as the coordinator typed it: one paragraph per line, blank lines dropped. */
const textBlocks = (text: string | null): BodyBlock[] => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map(paragraph);

/** "03 lượt nhiệm vụ có thời hạn trong kỳ: đã hoàn thành 01; chậm tiến độ 02": the outcomes that occurred, none written as "00". */
function countsSentence(c: WorkCounts): string {
  const parts = [
    c.done ? `đã hoàn thành ${nn(c.done)}${c.doneLate ? ` (trong đó ${nn(c.doneLate)} hoàn thành sau thời hạn)` : ''}` : null,
    c.late ? `chậm tiến độ ${nn(c.late)}` : null,
    c.notDue ? `chưa đến hạn hoặc đang thực hiện ${nn(c.notDue)}` : null,
  ].filter(Boolean);
  return `${nn(c.total)} lượt nhiệm vụ có thời hạn trong kỳ: ${parts.join('; ')}`;
}

/** "Task (Unit, 02 kỳ)"; work of the body itself needs no name after it. */
function lineText(l: WorkLine, ownName: string): string {
  const notes = [l.unit === ownName ? null : l.unit, l.periods > 1 ? `${nn(l.periods)} kỳ` : null].filter(Boolean);
  return notes.length ? `${l.task} (${notes.join(', ')})` : l.task;
}

function areaBlocks(area: AreaWork, index: number, ownName: string): BodyBlock[] {
  const groups: [string, WorkLine[]][] = [
    ['Nhiệm vụ đã hoàn thành:', area.lines.done],
    ['Nhiệm vụ chậm tiến độ:', area.lines.late],
    ['Nhiệm vụ chưa đến hạn, đang thực hiện:', area.lines.notDue],
  ];
  const shown = groups.filter(([, lines]) => lines.length > 0);
  return [
    heading(String(index + 1), area.label),
    paragraph(`Có ${countsSentence(area.counts)}.`),
    ...shown.flatMap(([title, lines], i) => [heading(LETTERS[i]!, title), ...bullets(lines.map((l) => lineText(l, ownName)))]),
  ];
}

function aggregateWorkBlocks(a: AggregateSection, number: number, texts: (t: ReportTexts) => string | null): BodyBlock[] {
  const onTime = a.bodies.filter((b) => b.onTime).length;
  const timing = onTime === a.bodies.length ? 'đều gửi đúng hạn' : onTime === 0 ? 'không có báo cáo nào gửi đúng hạn' : `${nn(onTime)} báo cáo gửi đúng hạn`;
  const received = a.bodies.length ? `Đã nhận ${nn(a.bodies.length)}/${nn(a.bodies.length + a.missing.length)} báo cáo của các đơn vị trực thuộc (${timing})` : `Chưa nhận được báo cáo của đơn vị trực thuộc nào`;
  const missing = a.missing.length && a.bodies.length ? `; chưa nhận báo cáo của: ${a.missing.map((m) => m.name).join(', ')}` : a.missing.length ? ` (${a.missing.map((m) => m.name).join(', ')})` : '';
  const blocks: BodyBlock[] = [heading(String(number), 'Tổng hợp kết quả từ báo cáo của các đơn vị trực thuộc'), paragraph(`${received}${missing}.`)];
  if (a.bodies.length === 0) return blocks;
  if (a.totals.total === 0) blocks.push(paragraph('Theo báo cáo của các đơn vị, không có nhiệm vụ nào có thời hạn trong kỳ.'));
  else {
    blocks.push(paragraph(`Các đơn vị báo cáo tổng cộng ${countsSentence(a.totals)}. Theo từng lĩnh vực:`));
    blocks.push(...bullets(a.areas.filter((x) => x.counts.total > 0).map((x) => `${x.label}: ${countsSentence(x.counts)}`)));
    blocks.push(paragraph('Theo từng đơn vị:'));
    blocks.push(...bullets(a.bodies.map((b) => `${b.organization.name}: ${b.totals.total ? countsSentence(b.totals) : 'không có nhiệm vụ có thời hạn trong kỳ'}`)));
  }
  blocks.push(...bodyTexts(a, texts));
  return blocks;
}

/** Each body's own words under its name, in the order the bodies sit in the tree. */
function bodyTexts(a: AggregateSection | null, pick: (t: ReportTexts) => string | null): BodyBlock[] {
  const written = (a?.bodies ?? []).filter((b) => textBlocks(pick(b.texts)).length > 0);
  if (written.length === 0) return [];
  return [paragraph('Ý kiến của các đơn vị trực thuộc:'), ...written.flatMap((b, i) => [heading(LETTERS[i]!, b.organization.name), ...textBlocks(pick(b.texts))])];
}

function workBlocks(d: ReportDocumentData): BodyBlock[] {
  const { work, aggregate } = d.sections;
  const blocks: BodyBlock[] = [...textBlocks(d.texts.results)];
  blocks.push(
    paragraph(
      work.totals.total === 0
        ? `Không có nhiệm vụ nào có thời hạn trong kỳ theo các kế hoạch đã ban hành (số liệu tính đến ngày ${formatDateVi(work.asOf)}).`
        : `Tính đến ngày ${formatDateVi(work.asOf)}, theo các kế hoạch đã ban hành có ${countsSentence(work.totals)}${work.notApplicable ? `; ngoài ra ${nn(work.notApplicable)} lượt không phải thực hiện` : ''}${work.undated ? `; ${nn(work.undated)} lượt thuộc nhiệm vụ chưa xác định thời hạn, chưa tính vào kỳ báo cáo` : ''}. Kết quả cụ thể theo từng lĩnh vực như sau:`,
    ),
  );
  const areas = work.areas.filter((a) => a.counts.total > 0);
  blocks.push(...areas.flatMap((area, i) => areaBlocks(area, i, d.issuer.name)));
  let next = areas.length + 1;
  // Per unit only when the work is spread over units: the body's own work alone says nothing new.
  if (work.units.some((u) => u.name !== d.issuer.name)) {
    blocks.push(heading(String(next++), 'Kết quả theo đơn vị thực hiện'));
    blocks.push(...bullets(work.units.map((u) => `${u.name}: ${countsSentence(u.counts)}`)));
  }
  if (aggregate) blocks.push(...aggregateWorkBlocks(aggregate, next, (t) => t.results));
  return blocks;
}

const rowsText = (rows: CommunicationSection['byChannel'], unit: string) =>
  rows
    .filter((r) => r.published > 0)
    .map((r) => `${r.label} ${nn(unit === 'lượt' ? r.published : r.items)} ${unit}`)
    .join('; ');

function communicationSentences(c: CommunicationSection, who: string): BodyBlock[] {
  if (c.total.items === 0) return [paragraph(`${who} chưa đăng tin, bài nào.`)];
  return [
    paragraph(`${who} đã đăng ${nn(c.total.items)} tin, bài (${nn(c.total.published)} lượt đăng trên các kênh).`),
    ...bullets([`Theo kênh: ${rowsText(c.byChannel, 'lượt')}`, `Theo loại: ${rowsText(c.byKind, 'tin, bài')}`]),
  ];
}

function communicationBlocks(d: ReportDocumentData): BodyBlock[] {
  const blocks = communicationSentences(d.sections.communication, `Trong kỳ, ${d.issuer.name}`);
  const a = d.sections.aggregate;
  if (a && a.bodies.length > 0) blocks.push(...communicationSentences(a.communication, 'Các đơn vị trực thuộc (theo báo cáo đã gửi)'));
  return blocks;
}

const percentText = (p: number | null) => (p === null ? '' : ` (đạt ${String(p).replace('.', ',')}%)`);

/** "12 thủ tục đang có hiệu lực; đã niêm yết đúng phiên bản 10 (đạt 83,3%); cần niêm yết lại 01; chưa niêm yết 01". */
function postingSentence(c: PostingCounts, who: string): string {
  if (c.inForce === 0) return `${who} không có thủ tục nào đang có hiệu lực.`;
  const rest = [c.stale > 0 ? `cần niêm yết lại do đã thay đổi ${nn(c.stale)}` : null, c.notPosted > 0 ? `chưa niêm yết ${nn(c.notPosted)}` : null].filter(Boolean);
  return `${who} có ${nn(c.inForce)} thủ tục hành chính, quy trình nội bộ đang có hiệu lực; đã niêm yết công khai đúng phiên bản hiện hành ${nn(c.posted)}${percentText(c.percent)}${rest.length ? `; ${rest.join('; ')}` : ''}.`;
}

function procedureBlocks(d: ReportDocumentData): BodyBlock[] {
  const p: ProcedureSection | undefined = d.sections.procedures;
  const blocks: BodyBlock[] = p
    ? [paragraph(postingSentence(p.counts, `Tính đến ngày ${formatDateVi(p.asOf)}, ${d.issuer.name}`))]
    : [paragraph('Báo cáo được lập trước khi hệ thống theo dõi thủ tục hành chính; không có số liệu.')];
  if (p && p.toPost.length > 0) {
    blocks.push(paragraph('Các thủ tục cần niêm yết (lại):'), ...bullets(p.toPost.map((t) => `${t.code} — ${t.name} (${t.standing === 'stale' ? 'đã thay đổi sau lần niêm yết gần nhất' : 'chưa niêm yết'})`)));
  }
  const a = d.sections.aggregate;
  if (a?.procedures) blocks.push(paragraph(postingSentence(a.procedures, 'Các đơn vị trực thuộc (theo báo cáo đã gửi)')));
  return blocks;
}

/** "tiếp nhận 12 phản ánh, kiến nghị; đã trả lời 09, …; tỷ lệ trả lời đúng hạn 87,5% (07/08 đến hạn)". */
function feedbackSentence(c: FeedbackCounts, who: string): string {
  if (c.received === 0) return `${who} không tiếp nhận phản ánh, kiến nghị nào.`;
  const settled = [`đã trả lời ${nn(c.answered)}`, c.refused > 0 ? `không thuộc phạm vi giải quyết ${nn(c.refused)}` : null, c.open > 0 ? `đang xử lý ${nn(c.open)}${c.overdue > 0 ? ` (quá hạn ${nn(c.overdue)})` : ''}` : null];
  const timely = c.onTimePercent === null ? '' : `; tỷ lệ trả lời đúng hạn ${String(c.onTimePercent).replace('.', ',')}% (${nn(c.onTime)}/${nn(c.due)} phản ánh đã đến hạn)`;
  return `${who} tiếp nhận ${nn(c.received)} phản ánh, kiến nghị; ${settled.filter(Boolean).join(', ')}${c.answeredLate > 0 ? `; trả lời muộn ${nn(c.answeredLate)}` : ''}${timely}.`;
}

/** Thousands grouped the Vietnamese way: 3.741. */
const thousands = (n: number) => n.toLocaleString('vi-VN');
const rate = (s: Share) => (s.percent === null ? 'chưa có câu trả lời' : `${String(s.percent).replace('.', ',')}% (${thousands(s.satisfied)}/${thousands(s.answered)} câu trả lời hài lòng, rất hài lòng)`);

function satisfactionSentence(responses: number, overall: Share, who: string): string {
  if (responses === 0) return `${who} chưa nhận được phiếu khảo sát sự hài lòng nào.`;
  return `${who} nhận ${nn(responses)} phiếu khảo sát sự hài lòng; tỷ lệ hài lòng chung ${rate(overall)}.`;
}

function citizenBlocks(d: ReportDocumentData): BodyBlock[] {
  const c: CitizenSection | undefined = d.sections.citizens;
  if (!c) return [paragraph('Báo cáo được lập trước khi hệ thống theo dõi phản ánh, kiến nghị và khảo sát; không có số liệu.')];
  const blocks = [
    paragraph(feedbackSentence(c.feedback, `Trong kỳ (số liệu tính đến ngày ${formatDateVi(c.asOf)}), ${d.issuer.name}`)),
    paragraph(satisfactionSentence(c.satisfaction.responses, c.satisfaction.overall, `Trong kỳ, ${d.issuer.name}`)),
  ];
  const aspects = c.satisfaction.aspects.filter((a) => a.answered > 0);
  if (aspects.length > 0) blocks.push(paragraph('Theo từng khía cạnh của Chỉ số SIPAS:'), ...bullets(aspects.map((a) => `${SIPAS_ASPECT_LABELS_VI[a.aspect]}: ${rate(a)}`)));
  const a = d.sections.aggregate?.citizens;
  if (a) {
    const who = 'Các đơn vị trực thuộc (theo báo cáo đã gửi)';
    blocks.push(paragraph(feedbackSentence(a.feedback, who)), paragraph(satisfactionSentence(a.responses, a.satisfaction, who)));
  }
  return blocks;
}

function indexText(i: IndexLine): string {
  const parts = [i.value ? `điểm ${i.value.replace('.', ',')}` : null, i.rankText ? `xếp hạng ${i.rankText}` : null];
  const target = [i.targetValue ? `điểm ${i.targetValue.replace('.', ',')}` : null, i.targetRank ? `xếp hạng ${nn(i.targetRank)}` : null].filter(Boolean).join(', ');
  if (target) parts.push(`mục tiêu ${target}`);
  if (i.source) parts.push(`nguồn: ${i.source}`);
  const said = parts.filter(Boolean).join('; ');
  return `${i.label}: ${said || 'chưa công bố kết quả'}`;
}

function indexBlocks(d: ReportDocumentData): BodyBlock[] {
  if (d.sections.indices.length === 0) return [paragraph(`Chưa có kết quả chỉ số nào của năm ${d.year} được cập nhật.`)];
  return bullets(d.sections.indices.map(indexText));
}

function textSection(d: ReportDocumentData, key: ReportTextKey): BodyBlock[] {
  const own = textBlocks(d.texts[key]);
  const theirs = bodyTexts(d.sections.aggregate, (t) => t[key]);
  return [...(own.length || theirs.length ? own : [paragraph('Không có.')]), ...theirs];
}

/** A report (Báo cáo) in the Decree 30 layout: heading block, "BÁO CÁO" and its summary, sections I–VIII, "./.", signature. */
export function reportDocumentParts(d: ReportDocumentData): OfficialDocumentParts {
  const phrase = periodPhrase(d.period, d.year, d.range);
  const sections: [string, BodyBlock[]][] = [
    ['KẾT QUẢ THỰC HIỆN', workBlocks(d)],
    ['CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN', communicationBlocks(d)],
    ['KIỂM SOÁT, CÔNG KHAI THỦ TỤC HÀNH CHÍNH', procedureBlocks(d)],
    ['TIẾP NHẬN, XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ; KHẢO SÁT SỰ HÀI LÒNG', citizenBlocks(d)],
    ['CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI, DDCI', indexBlocks(d)],
    ['TỒN TẠI, HẠN CHẾ', textSection(d, 'difficulties')],
    ['ĐỀ XUẤT, KIẾN NGHỊ', textSection(d, 'proposals')],
    ['PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI', textSection(d, 'nextSteps')],
  ];
  return {
    heading: { superiorName: d.issuer.superiorName, issuerName: d.issuer.name, number: d.number, symbol: d.symbol, placeName: d.issuer.placeName, date: d.date },
    title: { kind: 'BÁO CÁO', summary: reportTitle(d.period, d.year, d.range) },
    body: [
      paragraph(`${d.issuer.name} báo cáo kết quả thực hiện công tác cải cách hành chính ${phrase} như sau:`),
      ...sections.flatMap(([title, blocks], i) => [heading(ROMAN[i]!, title), ...blocks]),
      paragraph(`Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính ${phrase} của ${d.issuer.name}.`),
    ],
    signature: d.signature,
    recipients: d.recipients,
  };
}

export function reportDocumentBuffer(d: ReportDocumentData): Promise<Buffer> {
  return officialDocumentBuffer(reportDocumentParts(d));
}

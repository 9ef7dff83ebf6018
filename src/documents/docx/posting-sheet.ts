import { AlignmentType, Document, ImageRun, Packer, Paragraph, TableCell, TableRow, VerticalAlign, WidthType, type ISectionOptions } from 'docx';
import type { PublicProcedure } from '../../public/public-procedure';
import { feeText, processingTimeText } from '../../shared/procedure-text';
import { ONLINE_LEVEL_LABELS_VI, PROCEDURE_LEVEL_LABELS_VI, PROCEDURE_SCOPE_LABELS_VI, RECEIVING_PLACE_LABELS_VI } from '../../shared/procedure-vocabulary';
import { formatDateVi } from '../../domain/schedule/calendar';
import { fixedTable } from './tables';
import { line, runs } from './text';
import { A4, FONT, mm, pt } from './units';

/** What the sheet shows: the procedure as citizens read it, whose body, and where its online page is. */
export type PostingSheetData = {
  bodyName: string;
  procedure: PublicProcedure;
  /** The online page and its QR code; an internal procedure has none. */
  online: { url: string; qrPng: Buffer } | null;
};

const SIZE = 12;
const MARGINS = { top: mm(15), bottom: mm(15), left: mm(20), right: mm(15) };
const WIDTH = A4.width - MARGINS.left - MARGINS.right;
const QR_COLUMN = mm(38);
const text = { size: SIZE };
const bold = { size: SIZE, bold: true };

const heading = (title: string) => line(title, { size: SIZE + 1, bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 160, after: 60 }, keepNext: true });
const paragraph = (value: string) => line(value, text, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 40 } });
const labelled = (label: string, value: string) => runs([{ text: `${label}: `, style: bold }, { text: value, style: text }], { spacing: { after: 40 } });
const numbered = (n: number, main: string, detail: string | null) =>
  runs([{ text: `${n}. `, style: bold }, { text: main, style: text }, ...(detail ? [{ text: ` (${detail})`, style: { size: SIZE - 1, italic: true } }] : [])], {
    indent: { left: mm(6), hanging: mm(6) },
    spacing: { after: 40 },
    keepLines: true,
  });

function header(data: PostingSheetData): (Paragraph | ReturnType<typeof fixedTable>)[] {
  const p = data.procedure;
  const titleLines = [
    line(data.bodyName.toLocaleUpperCase('vi'), bold, { alignment: AlignmentType.LEFT }),
    line(PROCEDURE_SCOPE_LABELS_VI[p.scope].toLocaleUpperCase('vi'), { size: SIZE - 1 }, { alignment: AlignmentType.LEFT }),
    line(p.name, { size: 15, bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 80, after: 80 } }),
    line(`Mã thủ tục: ${p.code} · Phiên bản ${p.version}, cập nhật ngày ${formatDateVi(p.updatedOn)}`, { size: SIZE - 1, italic: true }, { alignment: AlignmentType.LEFT }),
  ];
  if (!data.online) return titleLines;
  const qr = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new ImageRun({ type: 'png', data: data.online.qrPng, transformation: { width: 120, height: 120 }, altText: { name: 'QR', title: 'Mã QR', description: data.online.url } })],
  });
  const caption = line('Quét mã để xem bản mới nhất', { size: 9 }, { alignment: AlignmentType.CENTER });
  const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.DXA }, verticalAlign: VerticalAlign.TOP });
  return [fixedTable([WIDTH - QR_COLUMN, QR_COLUMN], [new TableRow({ children: [cell(titleLines, WIDTH - QR_COLUMN), cell([qr, caption], QR_COLUMN)] })], { borders: false })];
}

function content(p: PublicProcedure): Paragraph[] {
  const out: Paragraph[] = [
    line('', text),
    labelled('Lĩnh vực', p.field),
    labelled('Cấp thực hiện', PROCEDURE_LEVEL_LABELS_VI[p.level]),
    labelled('Thời hạn giải quyết', processingTimeText(p.processingTime)),
    labelled('Phí, lệ phí', p.fees.length === 0 ? 'Không' : p.fees.map((f) => feeText(f).replace(/\.$/, '')).join('; ')),
    ...(p.responsibleUnitName ? [labelled('Đơn vị chịu trách nhiệm', p.responsibleUnitName)] : []),
    heading('Trình tự thực hiện'),
    ...p.steps.map((s, i) => numbered(i + 1, s.text, [s.unitName, s.duration].filter(Boolean).join('; ') || null)),
    heading('Cách thức thực hiện'),
    ...[...p.receivingPlaces.map((r) => RECEIVING_PLACE_LABELS_VI[r]), ONLINE_LEVEL_LABELS_VI[p.onlineLevel]].map((t) => paragraph(`- ${t}`)),
    heading('Thành phần hồ sơ'),
    ...(p.dossier.length === 0
      ? [paragraph('Không yêu cầu hồ sơ giấy.')]
      : p.dossier.map((d, i) => numbered(i + 1, d.name, [d.copies != null ? `${String(d.copies).padStart(2, '0')} bản` : null, d.note].filter(Boolean).join('; ') || null))),
  ];
  const sections: [string, string | null][] = [
    ['Đối tượng thực hiện', p.applicants],
    ['Yêu cầu, điều kiện', p.conditions],
    ['Kết quả thực hiện', p.result],
    ['Căn cứ pháp lý', p.legalBasis],
  ];
  for (const [title, value] of sections) if (value) out.push(heading(title), ...value.split('\n').filter((l) => l.trim()).map(paragraph));
  return out;
}

/** The A4 posting sheet (tờ niêm yết) of a procedure as a Word document, for the board of the one-stop desk. */
export function postingSheetDocument(data: PostingSheetData): Document {
  const section: ISectionOptions = {
    properties: { page: { size: { width: A4.width, height: A4.height }, margin: MARGINS } },
    children: [...header(data), ...content(data.procedure), ...(data.online ? [line(data.online.url, { size: 9, italic: true }, { alignment: AlignmentType.LEFT, spacing: { before: 200 } })] : [])],
  };
  return new Document({
    title: data.procedure.name,
    creator: data.bodyName,
    styles: { default: { document: { run: { font: FONT, size: pt(SIZE), language: { value: 'vi-VN' } }, paragraph: { spacing: { before: 0, after: 0 } } } } },
    sections: [section],
  });
}

export const postingSheetBuffer = (data: PostingSheetData): Promise<Buffer> => Packer.toBuffer(postingSheetDocument(data));

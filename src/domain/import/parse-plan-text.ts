import type { ImportedSection, PlanDraft } from '../../shared/schemas/plan-import';
import { recognizeCitations, uniqueCitations } from '../citations';
import { readClosingBlock } from './closing-block';
import { readHeadingBlock } from './heading-block';
import { joinParagraphs, type Paragraph } from './paragraphs';
import { pipeTablesAsRows } from './pipe-table';
import { planRegions } from './plan-regions';
import { readPreamble } from './preamble';
import { readProseTasks } from './prose-tasks';
import type { ImportProblem } from './problems';
import { buildSections } from './sections';
import { sourceLines } from './source-lines';
import { deadlineProblems, readTaskTable } from './task-table';
import { folded, withoutListEnd } from './text-shape';
import { planKindOf } from './title';

export type ParseOptions = {
  /** The year deadlines are read for when the plan names none (its date and title are tried first). */
  defaultYear?: number;
};

/**
 * Reads a plan's plain text (lines; tables as "| a | b |" or tab-separated rows) into a draft for review.
 * Never throws: whatever it cannot read is left empty and listed in `problems` with its line.
 */
export function parsePlanText(text: string, options: ParseOptions = {}): PlanDraft {
  const lines = pipeTablesAsRows(sourceLines(typeof text === 'string' ? text : ''));
  const regions = planRegions(lines);
  const problems: ImportProblem[] = [];
  const heading = readHeadingBlock(lines.slice(...regions.heading));
  const title = regions.title.title;
  const kind = planKindOf(title);
  const year = heading.year ?? yearIn(title);

  const paragraphs = withoutAttachmentNote(joinParagraphs(lines.slice(...regions.body)));
  const { closing, rest } = takeClosing(paragraphs);
  const preamble = readPreamble(rest);
  // A decision issuing the plan holds the bases; the plan attached to it opens straight with its sections.
  const decision = regions.decision === null ? null : readPreamble(fromFirstBasis(joinParagraphs(lines.slice(...regions.decision))));
  const bases = [...(decision?.bases ?? []), ...preamble.bases];
  const sections = buildSections(preamble.rest);
  if (closing !== null) sections.push({ heading: null, numbering: null, text: closing, items: [] });
  const signature = readClosingBlock(lines.slice(...regions.closing));

  const deadlineYear = year ?? options.defaultYear ?? new Date().getFullYear();
  const fallbackArea = kind === 'cchc' || kind === 'other' ? null : 'communication';
  const table = regions.table < 0 ? null : readTaskTable(lines.slice(regions.table), deadlineYear, fallbackArea);
  // Without a table, the tasks a plan writes in its text ("Đơn vị chủ trì: …" under an item).
  const prose = table === null ? readProseTasks(sections, deadlineYear, fallbackArea) : null;

  const citations = uniqueCitations(recognizeCitations([...bases, decision?.introduction ?? '', preamble.introduction ?? ''].join('\n'))).map(
    ({ kind: citationKind, code, date, issuer }) => ({ kind: citationKind, code, date, issuer }),
  );

  const at = (index: number) => lines[index]?.no ?? null;
  if (title === null) problems.push({ field: 'title', message: 'Không tìm thấy dòng "KẾ HOẠCH" và tên kế hoạch.', line: null });
  if (heading.issuer === null) problems.push({ field: 'issuer', message: 'Không tìm thấy tên cơ quan ban hành ở đầu văn bản.', line: at(regions.heading[0]) });
  if (heading.symbol === null) problems.push({ field: 'symbol', message: 'Không tìm thấy số, ký hiệu văn bản (Số: …/KH-…).', line: at(regions.heading[0]) });
  if (heading.found.dateLine === null) problems.push({ field: 'date', message: 'Không tìm thấy địa danh và ngày tháng năm ban hành.', line: at(regions.heading[0]) });
  else if (heading.found.unreadableDate !== null) problems.push({ field: 'date', message: `Không đọc rõ ngày ban hành ("${heading.found.unreadableDate}"): hãy nhập theo văn bản gốc.`, line: heading.found.dateLine });
  if (year === null) problems.push({ field: 'year', message: 'Không xác định được năm của kế hoạch.', line: null });
  if (sections.length === 0) problems.push({ field: 'sections', message: 'Không tìm thấy các mục của kế hoạch (I., II., 1., 2. …).', line: at(regions.body[0]) });
  if (signature.recipients.length === 0) problems.push({ field: 'recipients', message: 'Không tìm thấy danh sách "Nơi nhận".', line: at(regions.closing[0]) });
  if (signature.signingTitle === null) problems.push({ field: 'signingTitle', message: 'Không tìm thấy chức danh người ký (GIÁM ĐỐC, KT. GIÁM ĐỐC …).', line: at(regions.closing[0]) });
  if (signature.signer === null) problems.push({ field: 'signer', message: 'Không tìm thấy họ tên người ký.', line: at(regions.closing[0]) });
  if (table === null && prose !== null && prose.tasks.length > 0) {
    problems.push({ field: 'tasks', message: `Không có bảng phân công: ${prose.tasks.length} nhiệm vụ được đọc từ lời văn của kế hoạch ("Đơn vị chủ trì: …"), hãy kiểm tra từng nhiệm vụ.`, line: null });
    prose.tasks.forEach((task, index) => problems.push(...deadlineProblems(`Nhiệm vụ ${task.number ?? index + 1}`, task.deadline, prose.reasons[index] ?? null, null)));
  } else if (table === null) {
    problems.push({ field: 'tasks', message: 'Không tìm thấy bảng phân công nhiệm vụ (hàng tiêu đề có STT, Nhiệm vụ, Chủ trì, Thời hạn …).', line: null });
  } else {
    if (table.tasks.length === 0) problems.push({ field: 'tasks', message: 'Bảng phân công nhiệm vụ không có dòng nào.', line: at(regions.table) });
    problems.push(...table.problems);
  }

  return {
    issuer: heading.issuer,
    superior: heading.superior,
    number: heading.number,
    symbol: heading.symbol,
    place: heading.place,
    date: heading.date,
    year,
    kind,
    title,
    bases,
    citations,
    introduction: preamble.introduction,
    sections,
    budget: budgetOf(sections),
    responsibilities: responsibilitiesOf(sections),
    recipients: signature.recipients,
    signingTitle: signature.signingTitle,
    signerTitle: signature.signerTitle,
    signer: signature.signer,
    tasks: table?.tasks ?? prose?.tasks ?? [],
    problems,
    fieldLines: {
      issuer: heading.found.issuerLine,
      superior: heading.found.superiorLine,
      number: heading.found.numberLine,
      date: heading.found.dateLine,
      title: title === null ? null : at(regions.title.kindLine),
      recipients: signature.lines.recipients,
      signingTitle: signature.lines.signingTitle,
      signer: signature.lines.signer,
    },
  };
}

/** "(Kèm theo Quyết định số … )" under an attached plan's title says where it comes from; it is no part of the plan's text. */
function withoutAttachmentNote(paragraphs: readonly Paragraph[]): Paragraph[] {
  return /^\(\s*Kèm theo/iu.test(paragraphs[0]?.text ?? '') ? paragraphs.slice(1) : [...paragraphs];
}

/** A decision's text from its first basis: the issuing body's name above it ("ỦY BAN NHÂN DÂN …") is its authority, not a basis. */
function fromFirstBasis(paragraphs: readonly Paragraph[]): Paragraph[] {
  const first = paragraphs.findIndex((paragraph) => /^(?:Căn cứ|Thực hiện|Theo)(?![\p{L}\p{N}])/u.test(paragraph.text));
  return first < 0 ? [] : paragraphs.slice(first);
}

/** "Trên đây là Kế hoạch … ./." closes the body; it is kept as the last, unheaded section. */
function takeClosing(paragraphs: readonly Paragraph[]): { closing: string | null; rest: Paragraph[] } {
  const index = paragraphs.findLastIndex((paragraph) => /^Trên đây/u.test(paragraph.text));
  if (index < 0) return { closing: null, rest: [...paragraphs] };
  const closing = paragraphs[index]?.text.replace(/\s*\.?\/\.\s*$/u, '') ?? null;
  return { closing: closing === null ? null : withoutListEnd(closing), rest: paragraphs.filter((_, at) => at !== index) };
}

function yearIn(title: string | null): number | null {
  const years = [...(title ?? '').matchAll(/năm\s+(\d{4})/giu)].map((match) => Number(match[1]));
  return years[years.length - 1] ?? null;
}

function findSection(sections: readonly ImportedSection[], words: RegExp): ImportedSection | null {
  const top = sections.find((section) => section.heading !== null && words.test(folded(section.heading)));
  if (top) return top;
  for (const section of sections) {
    const inner = findSection(section.items, words);
    if (inner) return inner;
  }
  return null;
}

function budgetOf(sections: readonly ImportedSection[]): string | null {
  const section = findSection(sections, /kinh phi/u);
  if (!section) return null;
  const texts = [section.text, ...flatten(section.items)].filter((text): text is string => text !== null && text !== '');
  return texts.length > 0 ? texts.join('\n') : null;
}

function flatten(items: readonly ImportedSection[]): (string | null)[] {
  return items.flatMap((item) => [[item.numbering, item.heading ?? item.text].filter(Boolean).join(' '), ...flatten(item.items)]);
}

function responsibilitiesOf(sections: readonly ImportedSection[]): ImportedSection[] {
  const section = findSection(sections, /to chuc thuc hien|trach nhiem/u);
  if (!section) return [];
  if (section.items.length > 0) return section.items;
  return section.text === null ? [] : [{ heading: null, numbering: null, text: section.text, items: [] }];
}

import mammoth from 'mammoth';
import { inspectZip } from '../xlsx/zip-guard';
import { ImportRefused } from './import-refused';
import { MAX_DOCX_ENTRIES, MAX_DOCX_UNPACKED_BYTES } from './import-limits';

/** mammoth's document model (documents.js): only the parts the text needs. */
type Node = {
  type: string;
  children?: Node[];
  value?: string;
  breakType?: string;
  numbering?: { level: string; isOrdered: boolean } | null;
  isHeader?: boolean;
  colSpan?: number;
  rowSpan?: number;
};

const damaged = () => new ImportRefused('DAMAGED_FILE', 'Tệp Word (.docx) bị hỏng hoặc không đầy đủ (có thể tải lên bị ngắt giữa chừng); hãy mở lại bằng Word và lưu lại.');
const tooLarge = () =>
  new ImportRefused('FILE_TOO_LARGE', `Tệp Word giải nén ra quá lớn (hơn ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB): không phải một kế hoạch thông thường.`);

/**
 * The text of a DOCX as the plan parser reads it: one line a paragraph, a table row as `| a | b |`
 * with each cell's paragraphs joined by spaces. Word's automatic numbering is not in the text and
 * mammoth keeps only whether a list is ordered and its level, not the format: ordered items get
 * their position as decimals by level ("2.", "2.1."), counted through the whole document like Word
 * counts one multi-level list, and bullets get "-". Hand-typed numbers ("I.", "1.1.") stay as typed.
 */
export async function docxText(bytes: Buffer): Promise<string> {
  // Before mammoth unpacks anything: a few kilobytes can inflate to gigabytes.
  const names = inspectZip(bytes, { maxEntries: MAX_DOCX_ENTRIES, maxUnpackedBytes: MAX_DOCX_UNPACKED_BYTES, refusals: { notZip: damaged, tooLarge } });
  if (!names.includes('word/document.xml')) {
    throw new ImportRefused('UNSUPPORTED_FORMAT', 'Tệp nén này không phải tệp Word (.docx): chỉ nhận kế hoạch dạng Word (.docx), PDF hoặc văn bản thuần (.txt).');
  }
  let lines: string[] = [];
  try {
    await mammoth.convertToHtml(
      { buffer: bytes },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (document: Node) => {
          lines = new DocxLines().read(document);
          return document;
        },
      },
    );
  } catch {
    throw damaged();
  }
  return lines.join('\n');
}

class DocxLines {
  private readonly lines: string[] = [];
  private readonly counters: number[] = [];

  read(document: Node): string[] {
    this.blocks(document.children ?? []);
    return this.lines;
  }

  private blocks(nodes: Node[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.lines.push(...this.paragraph(node).split('\n'));
      else if (node.type === 'table') this.table(node);
      else if (node.children) this.blocks(node.children);
    }
  }

  private paragraph(node: Node): string {
    const text = inlineText(node).replace(/[ \t]+$/gm, '');
    const prefix = this.listPrefix(node.numbering);
    return prefix && text.trim() ? `${prefix} ${text.trimStart()}` : text;
  }

  private listPrefix(numbering: Node['numbering']): string | null {
    if (!numbering) return null;
    if (!numbering.isOrdered) return '-';
    const level = Number(numbering.level) || 0;
    this.counters.length = level + 1;
    for (let i = 0; i < level; i++) this.counters[i] ??= 1;
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    return `${this.counters.join('.')}.`;
  }

  private table(node: Node): void {
    // Cells that a merged cell above still covers, by column, so the columns of later rows stay in place.
    const covered: number[] = [];
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells: string[] = [];
      let column = 0;
      const skipCovered = () => {
        while ((covered[column] ?? 0) > 0) {
          covered[column]!--;
          cells.push('');
          column++;
        }
      };
      for (const cell of row.children ?? []) {
        if (cell.type !== 'tableCell') continue;
        skipCovered();
        const span = Math.max(1, cell.colSpan ?? 1);
        cells.push(this.cellText(cell));
        for (let i = 0; i < span; i++) {
          if ((cell.rowSpan ?? 1) > 1) covered[column + i] = (cell.rowSpan ?? 1) - 1;
          if (i > 0) cells.push('');
        }
        column += span;
      }
      skipCovered();
      if (cells.some((cell) => cell !== '')) this.lines.push(`| ${cells.join(' | ')} |`);
    }
  }

  private cellText(cell: Node): string {
    const inner = new DocxLines();
    inner.counters.push(...this.counters);
    inner.blocks(cell.children ?? []);
    return inner.lines
      .map((line) => line.replace(/\|/g, '/').trim())
      .filter(Boolean)
      .join(' ');
  }
}

function inlineText(node: Node): string {
  switch (node.type) {
    case 'text':
      return node.value ?? '';
    case 'tab':
      return '\t';
    case 'break':
      return node.breakType === 'line' ? '\n' : '';
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

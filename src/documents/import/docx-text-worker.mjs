// Reads the text of a DOCX in a capped thread (docx-text.ts runs it through capped-worker.ts): mammoth
// unpacks and parses the XML here, where a hostile file can exhaust only this thread's heap and time.
// Plain JavaScript, as every worker script is.
import mammoth from 'mammoth';
import { Refusal, serve } from '../worker/serve.mjs';

/**
 * The text as the plan parser reads it: one line a paragraph, a table row as `| a | b |` with each
 * cell's paragraphs joined by spaces. Word's automatic numbering is not in the text and mammoth keeps
 * only whether a list is ordered and its level, not the format: ordered items get their position as
 * decimals by level ("2.", "2.1."), counted through the whole document like Word counts one multi-level
 * list, and bullets get "-". Hand-typed numbers ("I.", "1.1.") stay as typed.
 */
serve(async (bytes, { maxChars }) => {
  let lines = [];
  await mammoth.convertToHtml(
    { buffer: bytes },
    {
      externalFileAccess: false,
      // Pictures are never unpacked: only the text is read.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      transformDocument: (document) => {
        lines = new DocxLines().read(document);
        // Nothing left for mammoth's HTML writer to do.
        return { ...document, children: [] };
      },
    },
  );
  const text = lines.join('\n');
  if (text.length > maxChars) throw new Refusal('TOO_MUCH_TEXT');
  return text;
});

/** mammoth's document model (documents.js): only the parts the text needs. */
class DocxLines {
  lines = [];
  counters = [];

  read(document) {
    this.blocks(document.children ?? []);
    return this.lines;
  }

  blocks(nodes) {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.lines.push(...this.paragraph(node).split('\n'));
      else if (node.type === 'table') this.table(node);
      else if (node.children) this.blocks(node.children);
    }
  }

  paragraph(node) {
    const text = inlineText(node).replace(/[ \t]+$/gm, '');
    const prefix = this.listPrefix(node.numbering);
    return prefix && text.trim() ? `${prefix} ${text.trimStart()}` : text;
  }

  listPrefix(numbering) {
    if (!numbering) return null;
    if (!numbering.isOrdered) return '-';
    const level = Number(numbering.level) || 0;
    this.counters.length = level + 1;
    for (let i = 0; i < level; i++) this.counters[i] ??= 1;
    this.counters[level] = (this.counters[level] ?? 0) + 1;
    return `${this.counters.join('.')}.`;
  }

  table(node) {
    // Cells that a merged cell above still covers, by column, so the columns of later rows stay in place.
    const covered = [];
    for (const row of node.children ?? []) {
      if (row.type !== 'tableRow') continue;
      const cells = [];
      let column = 0;
      const skipCovered = () => {
        while ((covered[column] ?? 0) > 0) {
          covered[column]--;
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

  cellText(cell) {
    const inner = new DocxLines();
    inner.counters.push(...this.counters);
    inner.blocks(cell.children ?? []);
    return inner.lines
      .map((line) => line.replace(/\|/g, '/').trim())
      .filter(Boolean)
      .join(' ');
  }
}

function inlineText(node) {
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

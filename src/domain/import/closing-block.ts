import type { SourceLine } from './source-lines';
import { folded, isCapitals, isDecoration, withoutListEnd } from './text-shape';

export type ClosingBlock = {
  recipients: string[];
  signingTitle: string | null;
  signerTitle: string | null;
  signer: string | null;
  /** Lines the list ("Nơi nhận:"), the signing title and the signer's name were read on. */
  lines: { recipients: number | null; signingTitle: number | null; signer: number | null };
};

type Cell = { text: string; no: number };

/** "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "TM. BAN GIÁM ĐỐC", "Q. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG". */
const AUTHORITY_PREFIX = /^(?:KT|TM|Q|TL|TUQ)\s*\.\s*\S/u;
const OFFICE = /(?<![\p{L}\p{N}])(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|THỦ TRƯỞNG|BÍ THƯ|CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|PHỤ TRÁCH)(?![\p{L}\p{N}])/u;
/** Degrees written before a signer's name ("ThS. BS. Nguyễn Văn A"). */
const DEGREES = /^(?:(?:ThS|TS|BS|BSCKI{1,2}|CKI{1,2}|PGS|GS|DS|DSCKI|ĐD|CN|KS|Ths|Bs)\.?\s*)+/u;
/** Lines the signature block writes that are neither title nor name. */
const SIGNATURE_NOISE = /^\(?(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký và đóng dấu|đóng dấu)[^)]*\)?$/iu;
const CELLS = /\t|\||\s{3,}/;

/** What follows a signature and is no part of it: a footnote ("[1] …"), an appendix. */
const AFTER_SIGNATURE = /^(?:\[\d{1,2}\]|PH[ỤU]\s*L[ỤU]C(?![\p{L}\p{N}]))/u;
/** A line of nothing but "|": the edge of a table cell, which a list never crosses. */
const CELL_EDGE = /^\|[|\s]*$/u;

/**
 * Reads the end of a plan: "Nơi nhận:" and its "- …;" list, and the signature block (the authority,
 * the signer's title under "KT."/"TM.", the signer's name). The two often stand side by side in one
 * table row, so each line is split into cells first; the left cell is the list, the others the signature.
 * The list ends with its "Lưu: …" entry, at the edge of its cell, or where the signature begins alone on
 * a line; nothing after the signature (footnotes, a web page's notices) is read.
 */
export function readClosingBlock(lines: readonly SourceLine[]): ClosingBlock {
  const recipients: string[] = [];
  const signature: Cell[] = [];
  let recipientsLine: number | null = null;
  let state: 'before' | 'recipients' | 'after' = 'before';
  let open = false;
  let afterTitle = false;
  for (const line of lines) {
    if (AFTER_SIGNATURE.test(line.text)) break;
    if (CELL_EDGE.test(line.text)) {
      if (state === 'recipients' && recipients.length > 0) state = 'after';
      continue;
    }
    const cells = line.raw.split(CELLS).map((cell) => cell.replace(/\s+/g, ' ').trim());
    for (const [index, cell] of cells.entries()) {
      if (cell === '' || isDecoration(cell)) continue;
      const head = /^Nơi\s*nhận\s*:?\s*(.*)$/iu.exec(cell);
      if (head) {
        recipientsLine ??= line.no;
        state = 'recipients';
        open = false;
        if (head[1]) open = addRecipient(recipients, head[1], open);
        continue;
      }
      // "TM. ỦY BAN NHÂN" / "DÂN": capitals right under a title go on with it.
      const title: boolean = isSignatureLine(cell) || (afterTitle && isCapitals(cell) && !/^[-–—+•*]/u.test(cell));
      afterTitle = title && isCapitals(cell);
      if (title || (index > 0 && cells.length > 1)) {
        signature.push({ text: cell, no: line.no });
        if (title && cells.length === 1 && state === 'recipients' && !open) state = 'after';
        continue;
      }
      if (state === 'recipients') {
        open = addRecipient(recipients, cell, open);
        if (!open && /^Lưu\b/u.test(recipients[recipients.length - 1] ?? '')) state = 'after';
      } else if (state === 'before') signature.push({ text: cell, no: line.no });
    }
  }
  const read = readSignature(signature);
  return { recipients, ...read.signature, lines: { recipients: recipientsLine, ...read.lines } };
}

/** A "- " line starts a recipient; a line without it goes on with the one before while that has no ";". */
function addRecipient(recipients: string[], cell: string, open: boolean): boolean {
  const bulleted = /^[-–—+•*]\s*/u.test(cell);
  const text = cell.replace(/^[-–—+•*]\s*/u, '');
  if (!bulleted && open && recipients.length > 0) recipients[recipients.length - 1] += ` ${text}`;
  else recipients.push(text);
  const last = recipients[recipients.length - 1] ?? '';
  recipients[recipients.length - 1] = withoutListEnd(last);
  return !/[;.]\s*$/u.test(text);
}

/** "GIÁM ĐỐC", "KT. GIÁM ĐỐC": where a signature block starts when the plan lists no recipients. */
export function isAuthorityLine(text: string): boolean {
  return isCapitals(text) && (AUTHORITY_PREFIX.test(text) || OFFICE.test(text)) && text.split(' ').length <= 8;
}

function isSignatureLine(cell: string): boolean {
  if (SIGNATURE_NOISE.test(cell)) return true;
  if (isCapitals(cell) && (AUTHORITY_PREFIX.test(cell) || OFFICE.test(cell))) return true;
  return isName(cell);
}

export function isName(cell: string): boolean {
  const name = cell.replace(DEGREES, '').trim();
  const words = name.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((word) => /^\p{Lu}[\p{Ll}]*$/u.test(word))) return false;
  // "Sở Y Tế" reads like a name; a person's family name never is a body's word.
  return !/^(?:so|phong|khoa|ban|bo|trung|benh|uy|van|luu|cac|noi|website)$/u.test(folded(words[0] ?? ''));
}

function readSignature(cells: readonly Cell[]): { signature: Omit<ClosingBlock, 'recipients' | 'lines'>; lines: { signingTitle: number | null; signer: number | null } } {
  const titles: string[] = [];
  let titleLine: number | null = null;
  for (const { text: cell, no } of cells) {
    if (!isCapitals(cell) || SIGNATURE_NOISE.test(cell) || isName(cell)) continue;
    const own = AUTHORITY_PREFIX.test(cell) || OFFICE.test(cell);
    // A piece of a title broken over lines ("DÂN" under "TM. ỦY BAN NHÂN") joins the line above.
    if (!own && titles.length > 0) titles[titles.length - 1] += ` ${cell}`;
    else titles.push(cell.replace(/^(KT|TM|Q|TL|TUQ)\s*\.\s*/u, '$1. '));
    titleLine ??= no;
  }
  const named = [...cells].reverse().find((cell) => isName(cell.text));
  const signer = named?.text ?? null;
  const lines = { signingTitle: titleLine, signer: named?.no ?? null };
  const first = titles[0] ?? null;
  if (first === null) return { signature: { signingTitle: null, signerTitle: null, signer }, lines };
  const last = titles[titles.length - 1] ?? null;
  // "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the authority is every line but the signer's own title.
  if (AUTHORITY_PREFIX.test(first) && titles.length >= 2 && last !== null && !AUTHORITY_PREFIX.test(last)) {
    return { signature: { signingTitle: titles.slice(0, -1).join(' '), signerTitle: last, signer }, lines };
  }
  return { signature: { signingTitle: first, signerTitle: null, signer }, lines };
}

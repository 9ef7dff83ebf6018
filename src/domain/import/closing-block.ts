import type { SourceLine } from './source-lines';
import { folded, isCapitals, isDecoration, withoutListEnd } from './text-shape';

export type ClosingBlock = { recipients: string[]; signingTitle: string | null; signerTitle: string | null; signer: string | null };

/** "GIÁM ĐỐC", "KT. GIÁM ĐỐC", "TM. BAN GIÁM ĐỐC", "Q. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG". */
const AUTHORITY_PREFIX = /^(?:KT|TM|Q|TL|TUQ)\s*\.\s*\S/u;
const OFFICE = /(?<![\p{L}\p{N}])(?:GIÁM ĐỐC|CHỦ TỊCH|TRƯỞNG|THỦ TRƯỞNG|BÍ THƯ|CHÁNH VĂN PHÒNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|PHỤ TRÁCH)(?![\p{L}\p{N}])/u;
/** Degrees written before a signer's name ("ThS. BS. Nguyễn Văn A"). */
const DEGREES = /^(?:(?:ThS|TS|BS|BSCKI{1,2}|CKI{1,2}|PGS|GS|DS|DSCKI|ĐD|CN|KS|Ths|Bs)\.?\s*)+/u;
/** Lines the signature block writes that are neither title nor name. */
const SIGNATURE_NOISE = /^\(?(?:đã ký|ký|ký tên|ký, ghi rõ họ tên|ký và đóng dấu|đóng dấu)[^)]*\)?$/iu;
const CELLS = /\t|\||\s{3,}/;

/**
 * Reads the end of a plan: "Nơi nhận:" and its "- …;" list, and the signature block (the authority,
 * the signer's title under "KT."/"TM.", the signer's name). The two often stand side by side in one
 * table row, so each line is split into cells first; the left cell is the list, the others the signature.
 */
export function readClosingBlock(lines: readonly SourceLine[]): ClosingBlock {
  const recipients: string[] = [];
  const signature: string[] = [];
  let inRecipients = false;
  let open = false;
  for (const line of lines) {
    const cells = line.raw.split(CELLS).map((cell) => cell.replace(/\s+/g, ' ').trim());
    cells.forEach((cell, index) => {
      if (cell === '' || isDecoration(cell)) return;
      const head = /^Nơi\s*nhận\s*:?\s*(.*)$/iu.exec(cell);
      if (head) {
        inRecipients = true;
        open = false;
        if (head[1]) open = addRecipient(recipients, head[1], open);
        return;
      }
      if (isSignatureLine(cell) || (index > 0 && cells.length > 1)) {
        signature.push(cell);
        return;
      }
      if (inRecipients) open = addRecipient(recipients, cell, open);
      else signature.push(cell);
    });
  }
  return { recipients, ...readSignature(signature) };
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

function readSignature(cells: readonly string[]): Omit<ClosingBlock, 'recipients'> {
  const titles = cells.filter((cell) => isCapitals(cell) && !SIGNATURE_NOISE.test(cell) && !isName(cell));
  const signer = [...cells].reverse().find((cell) => isName(cell)) ?? null;
  const first = titles[0] ?? null;
  if (first === null) return { signingTitle: null, signerTitle: null, signer };
  const prefixed = AUTHORITY_PREFIX.test(first);
  const signingTitle = first.replace(/^(KT|TM|Q|TL|TUQ)\s*\.\s*/u, '$1. ');
  return { signingTitle, signerTitle: prefixed ? (titles[1] ?? null) : null, signer };
}

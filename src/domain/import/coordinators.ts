/** Words a unit's or body's name starts with, capitalised as names are ("Phòng KHTH", "Sở Y tế", "UBND các xã"). */
const UNIT_START = /^(?:Phòng|Khoa|Trung tâm|TT|Sở|Ban|Bộ phận|Bộ|Tổ|Văn phòng|VP|UBND|Ủy ban|Uỷ ban|Bệnh viện|BV|Đội|Trạm|Hội|Công an|Đài|Báo|Cục|Chi cục|Đoàn|Công đoàn|Hạt|Viện|Trường|Đảng ủy|Đảng uỷ|Chi bộ|Liên đoàn|Mặt trận|Các|Cơ quan|Đơn vị|P\.|K\.)(?=\s|$)/u;

/**
 * Splits a coordinators cell into bodies: on ";" and line breaks always, on "," and "và" only where every
 * piece reads as a unit's name, so "Các khoa, phòng trực thuộc" stays one while "Phòng KHTH, Khoa Dược" splits.
 */
export function splitCoordinators(cell: string | null): string[] {
  if (cell === null) return [];
  return cell
    .split(/[;\n]/u)
    .flatMap((part) => splitWhereNamed(part, /\s*,\s*/u))
    .flatMap((part) => splitWhereNamed(part, /\s+và\s+/u))
    .map((part) => part.replace(/^[-–—+•*]\s*/u, '').replace(/[.,]+$/u, '').trim())
    .filter((part) => part !== '');
}

function splitWhereNamed(text: string, separator: RegExp): string[] {
  const pieces = text.split(separator).map((piece) => piece.trim()).filter((piece) => piece !== '');
  if (pieces.length > 1 && pieces.every((piece) => UNIT_START.test(piece))) return pieces;
  return [text.trim()];
}

import { filingLine } from '../documents/list-punctuation';

/** Kept in capitals inside a name: "UBND tỉnh Lào Cai". */
const ABBREVIATIONS = new Set(['UBND', 'HĐND', 'TP', 'TP.']);
/** After these words comes a place name, each of its words capitalised. */
const PLACE_WORDS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường'];

const capitalise = (word: string) => word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);

/**
 * A body's name as a heading prints it ("UBND TỈNH LÀO CAI") written as a recipient line reads it
 * ("UBND tỉnh Lào Cai"): abbreviations stay, the first word and the place name are capitalised.
 */
export function nameFromCapitals(capitals: string): string {
  const lower = capitals.trim().toLocaleLowerCase('vi');
  const placeAt = PLACE_WORDS.map((w) => lower.indexOf(` ${w} `)).filter((i) => i >= 0).sort((a, b) => a - b)[0];
  const words = lower.split(/\s+/).map((w, i) => (ABBREVIATIONS.has(w.toLocaleUpperCase('vi')) ? w.toLocaleUpperCase('vi') : i === 0 ? capitalise(w) : w));
  // "Y tế" is the sector's name: "Sở Y tế", "Bộ Y tế".
  const text = words.join(' ').replace(/^(Bộ|Sở) y tế/u, '$1 Y tế');
  if (placeAt === undefined) return text;
  const placeWord = PLACE_WORDS.find((w) => lower.startsWith(` ${w} `, placeAt))!;
  const cut = placeAt + placeWord.length + 2;
  return `${text.slice(0, cut)}${text.slice(cut).split(' ').map(capitalise).join(' ')}`;
}

/**
 * "Nơi nhận" of a report: the body it is sent to "(b/c)" (for a body at the top of the tree, the
 * authority over it, named in its heading), the board, and the records office with the drafting office.
 */
export function reportRecipients(to: { parentName: string | null; superiorName: string | null }, draftingOfficeCode: string | null): string[] {
  const addressee = to.parentName ?? (to.superiorName ? nameFromCapitals(to.superiorName) : null);
  return [...(addressee ? [`${addressee} (b/c)`] : []), 'Ban Giám đốc', filingLine(draftingOfficeCode)];
}

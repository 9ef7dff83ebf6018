import { PROCESSING_TIME_UNIT_LABELS_VI, type ProcessingTimeUnit } from './procedure-vocabulary';

/**
 * A procedure's time and fees written as a one-stop desk writes them on its board, for the citizen
 * pages, the posting sheet and the staff pages alike.
 */

export type ProcessingTime = { value?: number | null; unit: ProcessingTimeUnit; note?: string | null };
export type Fee = { name: string; amountDong?: number | null; note?: string | null };

/** "05 ngày làm việc kể từ ngày nhận đủ hồ sơ"; two digits under ten, as official texts write counts. */
export function processingTimeText(time: ProcessingTime | null): string {
  if (!time) return 'Không quy định';
  const count = time.value == null ? '' : `${Number.isInteger(time.value) && time.value < 10 ? `0${time.value}` : String(time.value).replace('.', ',')} ${PROCESSING_TIME_UNIT_LABELS_VI[time.unit]}`;
  const note = time.note?.trim() ?? '';
  // "05 ngày làm việc" + "Kể từ ngày…" reads on as one phrase; "BHXH…" keeps its capitals.
  const runOn = count && /^\p{Lu}\p{Ll}/u.test(note) ? note.charAt(0).toLocaleLowerCase('vi') + note.slice(1) : note;
  return [count, runOn].filter(Boolean).join(' ') || 'Không quy định';
}

/** "20.000 đồng": thousands with dots, as Vietnamese write money. */
export const dongText = (amount: number) => `${amount.toLocaleString('vi-VN')} đồng`;

/** One fee: "Phí cấp bản sao: 20.000 đồng/bản", or its note alone when the amount is not fixed. */
export function feeText(fee: Fee): string {
  const note = fee.note?.trim() ?? '';
  // The national database writes the unit in the note ("Đồng/hồ sơ; …"): it joins the amount.
  const unit = /^đồng(?=\s*[/;,.]|\s*$)\s*/iu.exec(note);
  let value: string;
  if (fee.amountDong == null) value = note;
  else if (fee.amountDong === 0) value = note || 'miễn phí';
  else if (unit) value = `${fee.amountDong.toLocaleString('vi-VN')} đồng${note.slice(unit[0].length)}`;
  else value = [dongText(fee.amountDong), note].filter(Boolean).join(' ');
  return value ? `${fee.name}: ${value}` : fee.name;
}

/** The fee in a line of a list: free, from the lowest amount, or "see the procedure". */
export function feesShort(fees: readonly Fee[]): string {
  const amounts = fees.map((f) => f.amountDong).filter((a): a is number => a != null && a > 0);
  if (fees.every((f) => f.amountDong === 0 || (f.amountDong == null && !f.note?.trim()))) return 'Miễn phí';
  if (amounts.length === 0) return 'Có thu phí, xem chi tiết';
  return `Phí từ ${dongText(Math.min(...amounts))}`;
}

/** The processing time in a line of a list: the count alone when there is one. */
export function processingTimeShort(time: ProcessingTime | null): string {
  if (time?.value == null) return processingTimeText(time);
  return processingTimeText({ ...time, note: null });
}


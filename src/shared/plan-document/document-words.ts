/**
 * The fixed words of an official plan (Decree 30/2020/NĐ-CP). They are part of the document, which
 * is Vietnamese whatever language the screens are in, so they are not in the i18n catalogue.
 */
export const DOCUMENT_WORDS = {
  nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  motto: 'Độc lập - Tự do - Hạnh phúc',
  number: 'Số:',
  kind: 'KẾ HOẠCH',
  recipients: 'Nơi nhận:',
  appendix: 'PHỤ LỤC',
  appendixTitle: 'PHÂN CÔNG NHIỆM VỤ',
  attachedTo: 'Kèm theo Kế hoạch số',
  of: 'của',
  day: 'ngày',
  month: 'tháng',
  year: 'năm',
  endMark: './.',
  columns: ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm đầu ra', 'Ghi chú'],
} as const;

/** Signing authorities and titles as signature blocks write them (Decree 30: KT., TM., Q., TL., TUQ.). */
export const SIGNING_AUTHORITIES = ['GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'Q. GIÁM ĐỐC', 'TL. GIÁM ĐỐC', 'TUQ. GIÁM ĐỐC'];
export const SIGNER_TITLES = ['PHÓ GIÁM ĐỐC', 'TRƯỞNG PHÒNG TỔ CHỨC HÀNH CHÍNH'];

import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/docx-xml';
import { BLANK } from '../../domain/documents/date-line';
import { reminderNoticeBuffer, type LateWork, type ReminderNoticeData } from './reminder-notice';

const plan06 = { number: 6, symbol: 'KH-SYT' };
const late = (over: Partial<LateWork>): LateWork => ({
  task: 'Cập nhật dữ liệu viên chức trên phần mềm quản lý',
  plan: plan06,
  periodStart: '2026-01-01',
  periodEnd: '2026-01-31',
  due: '2026-01-31',
  daysLate: 83,
  statusLabel: 'Chưa thực hiện',
  progress: 0,
  ...over,
});

/** Friday 24/04/2026: the five working days skip Giỗ Tổ's substitute day (27/4), 30/4 and 1/5. */
const data: ReminderNoticeData = {
  issuer: { superiorName: 'UBND tỉnh Lào Cai', name: 'Sở Y tế tỉnh Lào Cai', documentCode: 'SYT', placeName: 'Lào Cai' },
  draftingOffice: { code: 'VP', name: 'Văn phòng Sở' },
  asOf: '2026-04-24',
  date: null,
  plans: [{ ...plan06, issuedOn: '2026-01-10', title: 'Triển khai công tác cải cách hành chính năm 2026', issuerName: 'Sở Y tế tỉnh Lào Cai' }],
  departments: [
    {
      name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai',
      items: [
        late({}),
        late({ periodStart: '2026-02-01', periodEnd: '2026-02-28', due: '2026-02-28', daysLate: 55 }),
        late({ task: 'Công khai dự toán ngân sách', periodStart: '2026-01-01', periodEnd: '2026-03-31', due: '2026-03-31', daysLate: 24, statusLabel: 'Đang thực hiện', progress: 40 }),
      ],
    },
    { name: 'Trung tâm Y tế khu vực Lào Cai - Cam Đường', items: [late({ periodStart: null, periodEnd: null, due: '2026-03-31', daysLate: 24 })] },
  ],
  reportWithinWorkingDays: 5,
  signature: { authority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: null },
};

describe('reminder notice (văn bản đôn đốc)', async () => {
  const doc = await readDocx(await reminderNoticeBuffer(data));
  const style = (text: string | RegExp) => {
    const r = doc.paragraph(text).runs[0]!;
    return { sizePt: r.sizePt, bold: r.bold, italic: r.italic };
  };

  it('is an A4 Công văn in Times New Roman with the margins of Decree 30', () => {
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(doc.documentXml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(doc.paragraphs.flatMap((p) => p.runs).every((r) => r.font === 'Times New Roman')).toBe(true);
    expect(doc.paragraphs.some((p) => p.text === 'CÔNG VĂN' || p.text === 'KẾ HOẠCH')).toBe(false);
  });

  it('heads it with the bodies, the motto, a blank number over the letter symbol, "V/v" and a blank date', () => {
    expect(style('UBND TỈNH LÀO CAI')).toEqual({ sizePt: 13, bold: false, italic: false });
    expect(style('SỞ Y TẾ TỈNH LÀO CAI')).toEqual({ sizePt: 13, bold: true, italic: false });
    expect(style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual({ sizePt: 12, bold: true, italic: false });
    expect(style('Độc lập - Tự do - Hạnh phúc')).toEqual({ sizePt: 13, bold: true, italic: false });
    expect(doc.paragraph('Số:').text).toBe(`Số: ${BLANK}/SYT-VP`);
    expect(doc.paragraph('V/v').text).toBe('V/v Đôn đốc thực hiện nhiệm vụ cải cách hành chính chậm tiến độ');
    expect(style('V/v')).toEqual({ sizePt: 12, bold: false, italic: false });
    expect(doc.paragraph('Lào Cai, ngày').text).toBe(`Lào Cai, ngày${BLANK}tháng${BLANK}năm 2026`);
    expect(style('Lào Cai, ngày').italic).toBe(true);
  });

  it('is addressed to the departments concerned and cites the plan by number, symbol and date', () => {
    expect(doc.paragraph('Kính gửi:').text).toBe('Kính gửi:\t- Bệnh viện Sản - Nhi tỉnh Lào Cai;');
    expect(doc.paragraph(/^- Trung tâm Y tế khu vực Lào Cai - Cam Đường\.$/).inTable).toBe(false);
    expect(doc.paragraph('Thực hiện').text).toBe(
      'Thực hiện Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về việc triển khai công tác cải cách hành chính năm 2026. ' +
        'Theo dõi trên hệ thống quản lý kế hoạch cải cách hành chính đến ngày 24/04/2026, các đơn vị còn 04 kỳ nhiệm vụ đã quá thời hạn nhưng chưa hoàn thành, cụ thể như sau:',
    );
  });

  it("lists each department's late work under a numbered bold heading, one line per task", () => {
    expect(style('1. Bệnh viện Sản - Nhi tỉnh Lào Cai (03 kỳ nhiệm vụ quá hạn)')).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(doc.paragraph('- Cập nhật dữ liệu').text).toBe(
      '- Cập nhật dữ liệu viên chức trên phần mềm quản lý (Kế hoạch số 06/KH-SYT): 02 kỳ quá hạn: kỳ Tháng 1/2026 (thời hạn 31/01/2026, quá hạn 83 ngày), ' +
        'kỳ Tháng 2/2026 (thời hạn 28/02/2026, quá hạn 55 ngày); trạng thái: Chưa thực hiện, tiến độ 0%;',
    );
    const budget = doc.paragraph('- Công khai dự toán');
    expect(budget.text).toBe('- Công khai dự toán ngân sách (Kế hoạch số 06/KH-SYT): kỳ Quý I/2026, thời hạn 31/03/2026, quá hạn 24 ngày; trạng thái: Đang thực hiện, tiến độ 40%.');
    expect([budget.align, budget.indent.firstLine]).toEqual(['both', 720]);
    expect(doc.paragraph('2. Trung tâm Y tế').runs[0]!.bold).toBe(true);
    expect(doc.paragraphs.filter((p) => p.text.startsWith('- Cập nhật dữ liệu'))[1]!.text).toBe(
      '- Cập nhật dữ liệu viên chức trên phần mềm quản lý (Kế hoạch số 06/KH-SYT): kỳ thực hiện, thời hạn 31/03/2026, quá hạn 24 ngày; trạng thái: Chưa thực hiện, tiến độ 0%.',
    );
  });

  it('asks for the work and a report within five working days, then ends with "./."', () => {
    expect(doc.paragraph('Để bảo đảm tiến độ').text).toMatch(/về Sở Y tế tỉnh Lào Cai \(qua Văn phòng Sở\) trước ngày 06\/05\/2026\.$/);
    const last = doc.paragraphs.filter((p) => !p.inTable && p.text).at(-1)!;
    expect(last.text).toBe('Sở Y tế tỉnh Lào Cai đề nghị các đơn vị nghiêm túc thực hiện./.');
  });

  it('is signed for the director by a deputy, the name left to write by hand, with the recipients beside it', () => {
    expect(style('KT. GIÁM ĐỐC')).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(style('PHÓ GIÁM ĐỐC')).toEqual({ sizePt: 14, bold: true, italic: false });
    expect(style('Nơi nhận:')).toEqual({ sizePt: 12, bold: true, italic: true });
    const label = doc.paragraphs.findIndex((p) => p.text === 'Nơi nhận:');
    expect(doc.paragraphs.slice(label + 1, label + 5).map((p) => [p.text, p.runs[0]!.sizePt])).toEqual([
      ['- Bệnh viện Sản - Nhi tỉnh Lào Cai;', 11],
      ['- Trung tâm Y tế khu vực Lào Cai - Cam Đường;', 11],
      ['- Giám đốc (để b/c);', 11],
      ['- Lưu: VT, VP.', 11],
    ]);
  });
});

import type { Section } from '../schemas/plans';
import { documentBlocks } from './blocks';

const section = (numbering: string, heading: string | null, text: string | null, children: Section[] = []): Section => ({
  numbering,
  heading,
  text,
  children,
  role: null,
  reformArea: null,
  assignee: null,
});

const EMPTY = { bases: [], introduction: null, sections: [], targets: [], closing: null, recipients: [] };

describe('documentBlocks', () => {
  it('reads like the seed: bases, opening, numbered headings, bullets, closing with the end mark', () => {
    const blocks = documentBlocks({
      ...EMPTY,
      bases: ['Căn cứ Kế hoạch số 138/KH-SYT', 'Căn cứ Kế hoạch số 21/KH-SYT.'],
      introduction: 'Thực hiện Kế hoạch số 03/KH-BVSN.\nBệnh viện xây dựng Kế hoạch như sau:',
      sections: [
        section('I', 'MỤC ĐÍCH, YÊU CẦU', null, [section('1', 'Mục đích', null, [section('-', null, 'Nâng cao vai trò.')])]),
        section('III', 'KINH PHÍ THỰC HIỆN', 'Nguồn kinh phí từ ngân sách.'),
        section('IV', 'TỔ CHỨC THỰC HIỆN', null, [section('1', null, 'Các khoa, phòng chủ động.')]),
      ],
      closing: 'Trên đây là Kế hoạch tuyên truyền',
    });
    expect(blocks.map((b) => [b.style, b.lead, b.text])).toEqual([
      ['basis', '', 'Căn cứ Kế hoạch số 138/KH-SYT;'],
      ['basis', '', 'Căn cứ Kế hoạch số 21/KH-SYT.'],
      ['paragraph', '', 'Thực hiện Kế hoạch số 03/KH-BVSN.'],
      ['paragraph', '', 'Bệnh viện xây dựng Kế hoạch như sau:'],
      ['heading', 'I. MỤC ĐÍCH, YÊU CẦU', ''],
      ['heading', '1. Mục đích', ''],
      ['paragraph', '-', 'Nâng cao vai trò.'],
      ['heading', 'III. KINH PHÍ THỰC HIỆN', ''],
      ['paragraph', '', 'Nguồn kinh phí từ ngân sách.'],
      ['heading', 'IV. TỔ CHỨC THỰC HIỆN', ''],
      ['paragraph', '1.', 'Các khoa, phòng chủ động.'],
      ['paragraph', '', 'Trên đây là Kế hoạch tuyên truyền./.'],
    ]);
    expect(blocks[4]?.level).toBe('roman');
    expect(new Set(blocks.map((b) => b.key)).size).toBe(blocks.length);
  });

  it('puts the end mark on the last paragraph when there is no closing', () => {
    const blocks = documentBlocks({ ...EMPTY, sections: [section('1', null, 'Thực hiện nghiêm túc.')] });
    expect(blocks.at(-1)?.text).toBe('Thực hiện nghiêm túc./.');
    expect(documentBlocks(EMPTY)).toEqual([]);
    // A draft from a parent plan has only its opening, which ends with ":" and takes no end mark.
    expect(documentBlocks({ ...EMPTY, introduction: 'Bệnh viện xây dựng Kế hoạch như sau:' }).at(-1)?.text).toBe('Bệnh viện xây dựng Kế hoạch như sau:');
  });
});

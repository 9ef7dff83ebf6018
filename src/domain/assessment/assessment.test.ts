import { describe, expect, it } from 'vitest';
import { bodyResult, classOf, criteriaFromRows, criteriaProblems, proposeScore, rankBodies, readGuideRule, scoreProblem, sumPoints, type CriteriaSet, type Criterion } from '.';

const leaf = (code: string, maxPoints: number, guide: string | null = null): Criterion => ({ code, name: `Tiêu chí ${code}`, maxPoints, guide, evidence: null, children: [] });
const node = (code: string, maxPoints: number, children: Criterion[]): Criterion => ({ code, name: `Lĩnh vực ${code}`, maxPoints, guide: null, evidence: null, children });

/** A small set in the PAR INDEX shape: two areas, criteria, sub-criteria with half points. */
const SET: CriteriaSet = {
  areas: [
    node('1', 6, [node('1.1', 3.5, [leaf('1.1.1', 2, '100% nhiệm vụ đúng hạn: 2 điểm; 80–<100%: 1 điểm; dưới 80%: 0'), leaf('1.1.2', 1.5)]), leaf('1.2', 2.5)]),
    node('2', 4, [leaf('2.1', 4)]),
  ],
  bands: [
    { name: 'Xuất sắc', minPoints: 9 },
    { name: 'Tốt', minPoints: 8 },
    { name: 'Khá', minPoints: 6.5 },
    { name: 'Trung bình', minPoints: 5 },
    { name: 'Yếu', minPoints: 0 },
  ],
};

describe('criteria sets', () => {
  it('accepts a set whose maximums add up, and adds points without a float tail', () => {
    expect(criteriaProblems(SET)).toEqual([]);
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
  });

  it('says which maximum differs from its children, repeated codes, a fourth level and bands out of order', () => {
    const wrong: CriteriaSet = {
      areas: [node('1', 5, [node('1.1', 3, [node('1.1.1', 3, [leaf('1.1.1.1', 3)])]), leaf('1.1', 1.5)])],
      bands: [{ name: 'Tốt', minPoints: 4 }, { name: 'Xuất sắc', minPoints: 4.5 }],
    };
    expect(criteriaProblems(wrong).map((problem) => problem.message)).toEqual([
      '1: điểm tối đa 5 khác tổng các tiêu chí con (4,5).',
      '1.1.1.1: bộ chỉ số chỉ có ba cấp (lĩnh vực, tiêu chí, tiêu chí thành phần).',
      'Mã 1.1 bị trùng.',
      'Các mức xếp loại phải xếp từ cao xuống thấp: "Xuất sắc" không thấp hơn "Tốt".',
    ]);
    expect(criteriaProblems({ areas: [leaf('1', 10)], bands: [{ name: 'Xuất sắc', minPoints: 12 }] }).map((problem) => problem.message)).toEqual(['Mức "Xuất sắc" từ 12 điểm nằm ngoài tổng điểm 10.']);
  });
});

describe('scoring guides read as rules', () => {
  it('reads steps on a share and proposes the points a figure earns, naming the figure', () => {
    const rule = readGuideRule('100% nhiệm vụ đúng hạn: 2 điểm; 80–<100%: 1 điểm; dưới 80%: 0');
    expect(rule?.figure).toBe('tasks_on_time');
    expect([100, 99.9, 80, 79.99, 0].map((share) => proposeScore(rule!, share))).toEqual([2, 1, 1, 0, 0]);
  });

  it('reads "từ … đến dưới", "trở lên" and "trên", with half points and the figure its words name', () => {
    const rule = readGuideRule('Từ 95% trở lên: 1,5 điểm\nTừ 80% đến dưới 95%: 1 điểm\nDưới 80%: 0 điểm');
    expect(rule).toMatchObject({ figure: null });
    expect([96, 95, 94, 10].map((share) => proposeScore(rule!, share))).toEqual([1.5, 1.5, 1, 0]);
    const feedback = readGuideRule('Trên 90% phản ánh, kiến nghị được trả lời đúng hạn: 1 điểm; dưới 90%: 0');
    expect(feedback?.figure).toBe('feedback_on_time');
    expect([91, 90].map((share) => proposeScore(feedback!, share))).toEqual([1, null]);
  });

  it('is no rule when any step is not one: the body scores by hand, never a guess', () => {
    expect(readGuideRule('Có kế hoạch CCHC ban hành đúng thời gian: 1 điểm; ban hành muộn: 0,5 điểm')).toBeNull();
    expect(readGuideRule('Chấm theo mức độ hoàn thành')).toBeNull();
    expect(readGuideRule(null)).toBeNull();
  });
});

describe("a body's result and the ranking", () => {
  it('refuses a score above the maximum, below zero, on a parent, or with more than two decimals', () => {
    const [area] = SET.areas;
    const sub = area!.children[0]!.children[0]!;
    expect(scoreProblem(sub, 2)).toBeNull();
    expect(scoreProblem(sub, 2.5)).toBe('Điểm của 1.1.1 không được vượt điểm tối đa (2).');
    expect(scoreProblem(sub, -1)).toBe('Điểm của 1.1.1 phải từ 0 trở lên.');
    expect(scoreProblem(sub, 1.125)).toBe('Điểm của 1.1.1 có tối đa hai chữ số thập phân.');
    expect(scoreProblem(area!, 1)).toBe('1 được chấm theo các tiêu chí thành phần, không chấm trực tiếp.');
  });

  it('adds the leaves up by area, gives the class of the total, and lists what is not scored yet', () => {
    const result = bodyResult(SET, new Map([['1.1.1', 2], ['1.1.2', 1.25], ['2.1', 3.5]]));
    expect(result).toEqual({
      areas: [
        { code: '1', name: 'Lĩnh vực 1', points: 3.25, maxPoints: 6 },
        { code: '2', name: 'Lĩnh vực 2', points: 3.5, maxPoints: 4 },
      ],
      total: 6.75,
      maxPoints: 10,
      className: 'Khá',
      unscored: ['1.2'],
    });
    expect(classOf(9, SET.bands)).toBe('Xuất sắc');
    expect(classOf(8.99, SET.bands)).toBe('Tốt');
  });

  it('ranks by total, equal totals sharing a rank and the next one skipping', () => {
    const ranked = rankBodies([
      { name: 'Trung tâm Y tế B', total: 82.5 },
      { name: 'Bệnh viện A', total: 91 },
      { name: 'Bệnh viện C', total: 82.5 },
      { name: 'Trung tâm Y tế D', total: 70 },
    ]);
    expect(ranked.map((body) => [body.rank, body.name])).toEqual([
      [1, 'Bệnh viện A'],
      [2, 'Bệnh viện C'],
      [2, 'Trung tâm Y tế B'],
      [4, 'Trung tâm Y tế D'],
    ]);
  });
});

describe('a criteria set from the rows of a sheet', () => {
  it('builds areas, criteria and sub-criteria from how their numbers are written, with the guide over merged rows', () => {
    const rows = [
      ['BỘ CHỈ SỐ ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2026'],
      [],
      ['STT', 'Lĩnh vực/Tiêu chí', 'Điểm tối đa', 'Hướng dẫn chấm', 'Tài liệu kiểm chứng'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', '6', '', ''],
      ['1', 'Kế hoạch CCHC năm', '3,5', '', ''],
      ['a)', 'Ban hành kế hoạch đúng thời gian', '2', 'Ban hành trước 31/12: 2 điểm;', 'Kế hoạch CCHC'],
      ['', '', '', 'ban hành muộn: 0 điểm', ''],
      ['b)', 'Mức độ hoàn thành kế hoạch', '1,5', '100% nhiệm vụ đúng hạn: 1,5 điểm; 80–<100%: 1 điểm; dưới 80%: 0', 'Báo cáo CCHC năm'],
      ['2', 'Báo cáo CCHC đúng hạn', '2,5', '', 'Báo cáo quý'],
      ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', '4', '', ''],
      ['1', 'Niêm yết công khai thủ tục', '4', '100% thủ tục được niêm yết: 4 điểm; dưới 100%: 0', ''],
    ];
    const { areas, problems } = criteriaFromRows(rows);
    expect(problems).toEqual([]);
    expect(criteriaProblems({ areas, bands: [{ name: 'Tốt', minPoints: 8 }] })).toEqual([]);
    const codes = (criteria: Criterion[]): unknown[] => criteria.map((c) => [c.code, c.maxPoints, ...(c.children.length ? [codes(c.children)] : [])]);
    expect(codes(areas)).toEqual([
      ['I', 6, [['I.1', 3.5, [['I.1.a', 2], ['I.1.b', 1.5]]], ['I.2', 2.5]]],
      ['II', 4, [['II.1', 4]]],
    ]);
    expect(areas[0]!.children[0]!.children[0]).toMatchObject({ guide: 'Ban hành trước 31/12: 2 điểm;\nban hành muộn: 0 điểm', evidence: 'Kế hoạch CCHC' });
    expect(readGuideRule(areas[1]!.children[0]!.guide)?.figure).toBe('procedures_posted');
  });

  it('says which rows cannot be read, and finds no header in a sheet of another shape', () => {
    const rows = [['STT', 'Tiêu chí', 'Điểm'], ['1', 'Chỉ đạo', 'hai'], ['1.1', 'Kế hoạch', '1'], ['1.1.1', 'Ban hành', '1'], ['1.1.1.1', 'Đúng hạn', '1'], ['*', 'Lạ', '1']];
    expect(criteriaFromRows(rows).problems.map((problem) => problem.message)).toEqual([
      'Dòng 2: điểm tối đa "hai" không phải là số.',
      'Dòng 5: bộ chỉ số chỉ có ba cấp; "1.1.1.1" là cấp thứ tư.',
      'Dòng 6: không đọc được số thứ tự "*".',
    ]);
    expect(criteriaFromRows([['Họ tên', 'Đơn vị']]).problems).toHaveLength(1);
  });
});

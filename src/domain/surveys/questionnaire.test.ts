import { describe, expect, it } from 'vitest';
import { answerCell, readAnswers, scaleAnswersOf } from './answers';
import { editConflicts, sectionsFromTemplate, surveyStanding, type Section } from './questionnaire';
import { SIPAS_TEMPLATE } from './sipas-template';

const sections: Section[] = [
  {
    title: 'Chung',
    questions: [
      { id: 'la', kind: 'single', text: 'Ông/bà là', required: true, choices: ['Người bệnh', 'Người nhà'], aspect: null },
      { id: 'kenh', kind: 'multiple', text: 'Kênh', required: false, choices: ['Bảng', 'Web', 'Zalo'], aspect: null },
      { id: 'nv', kind: 'scale', text: 'Nhân viên', required: true, choices: null, aspect: 'staff' },
      { id: 'y', kind: 'text', text: 'Góp ý', required: false, choices: null, aspect: null },
    ],
  },
];

describe('a questionnaire', () => {
  it('is made from the SIPAS template with ids of its section and rank', () => {
    const made = sectionsFromTemplate(SIPAS_TEMPLATE.questions);
    expect(made.map((s) => s.questions[0]!.id)).toEqual(['thong-tin-1', 'tiep-can-1', 'thu-tuc-1', 'nhan-vien-1', 'ket-qua-1', 'tiep-nhan-1', 'y-kien-1']);
    expect(made[1]!.questions.map((q) => q.id)).toEqual(['tiep-can-1', 'tiep-can-2', 'tiep-can-3']);
  });

  it('stands by its state, then its dates, both days included', () => {
    const s = (state: string, opens_on: string | null, closes_on: string | null) => surveyStanding({ state, opens_on, closes_on }, '2026-03-10');
    expect(s('draft', null, null)).toBe('draft');
    expect(s('published', '2026-03-11', null)).toBe('scheduled');
    expect(s('published', '2026-03-10', '2026-03-10')).toBe('open');
    expect(s('published', null, '2026-03-09')).toBe('closed');
    expect(s('closed', null, '2026-12-31')).toBe('closed');
  });

  it('keeps answered questions in place and kind; wording and unanswered ones may change', () => {
    const answered = new Set(['la', 'nv']);
    const without = (id: string): Section[] => [{ ...sections[0]!, questions: sections[0]!.questions.filter((q) => q.id !== id) }];
    const changed = (id: string, over: object): Section[] => [{ ...sections[0]!, questions: sections[0]!.questions.map((q) => (q.id === id ? { ...q, ...over } : q)) }];
    expect(editConflicts(sections, without('kenh'), answered)).toEqual([]);
    expect(editConflicts(sections, changed('nv', { text: 'Thái độ nhân viên' }), answered)).toEqual([]);
    expect(editConflicts(sections, without('nv'), answered)).toEqual(['Câu hỏi “Nhân viên” đã có người trả lời nên không xóa được.']);
    expect(editConflicts(sections, changed('la', { kind: 'multiple' }), answered)[0]).toMatch(/không đổi được loại/);
    expect(editConflicts(sections, changed('la', { choices: ['Người bệnh'] }), answered)[0]).toMatch(/không bớt được phương án/);
  });
});

describe('answers read from a form', () => {
  it('takes each kind of answer and says which required ones are missing', () => {
    expect(readAnswers(sections, { q_la: ['1'], q_kenh: ['2', '0', '2'], q_nv: ['4'], q_y: [' Tốt '] })).toEqual({ answers: { la: 1, kenh: [0, 2], nv: 4, y: 'Tốt' }, errors: {} });
    expect(readAnswers(sections, { q_y: [''] }).errors).toEqual({ la: 'Xin ông/bà chọn một câu trả lời.', nv: 'Xin ông/bà chọn một câu trả lời.' });
    expect(Object.keys(readAnswers(sections, { q_la: ['2'], q_kenh: ['x'], q_nv: ['0'] }).errors)).toEqual(['la', 'kenh', 'nv']);
    expect(readAnswers(sections, { q_la: ['0'], q_nv: ['5'], q_y: ['x'.repeat(2001)] }).errors).toEqual({ y: 'Câu trả lời dài tối đa 2000 ký tự.' });
  });

  it('gives the scale answers to count and the words to export', () => {
    const answers = { la: 0, kenh: [1, 2], nv: 2, y: 'Ổn' };
    expect(scaleAnswersOf(sections, answers)).toEqual([{ questionId: 'nv', aspect: 'staff', point: 2 }]);
    expect(sections[0]!.questions.map((q) => answerCell(q, answers[q.id as keyof typeof answers]))).toEqual(['Người bệnh', 'Web; Zalo', 2, 'Ổn']);
    expect(answerCell(sections[0]!.questions[0]!, undefined)).toBeNull();
  });
});

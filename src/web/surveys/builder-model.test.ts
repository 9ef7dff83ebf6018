import { draftFromSurvey, move, newQuestion, questionIdFor, slugOf, toSections, withKind, type DraftSection } from './builder-model';

describe('survey builder model', () => {
  it('makes a question id from its Vietnamese wording: lower-case ascii, dashes, a counter', () => {
    expect(slugOf('Nhân viên có thái độ lịch sự, tôn trọng')).toBe('nhan-vien-co-thai-do-lich-su-ton-trong');
    expect(slugOf('Đơn vị có nơi để góp ý?')).toBe('don-vi-co-noi-de-gop-y');
    expect(questionIdFor('Nơi ngồi chờ', new Set())).toBe('noi-ngoi-cho-1');
    expect(questionIdFor('Nơi ngồi chờ', new Set(['noi-ngoi-cho-1']))).toBe('noi-ngoi-cho-2');
    expect(questionIdFor('???', new Set())).toBe('cau-hoi-1');
  });

  it('cuts a long wording at a word so the id stays within the schema’s 40 characters', () => {
    const id = questionIdFor('Trang thiết bị phục vụ người dân (máy lấy số, ghế, nước uống) đầy đủ, dễ sử dụng', new Set());
    expect(id).toBe('trang-thiet-bi-phuc-vu-nguoi-1');
    expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
  });

  it('keeps the ids of saved questions and gives new ones ids that clash with none', () => {
    const draft = draftFromSurvey({
      sections: [{ title: 'Chung', questions: [{ id: 'noi-ngoi-cho-1', kind: 'scale', text: 'Nơi ngồi chờ sạch sẽ', required: true, choices: null, aspect: 'access', answered: true }] }],
    });
    const added = { ...newQuestion(), text: 'Nơi ngồi chờ' };
    const sections = toSections([{ ...draft[0]!, questions: [...draft[0]!.questions, added] }]);
    expect(sections[0]!.questions.map((q) => q.id)).toEqual(['noi-ngoi-cho-1', 'noi-ngoi-cho-2']);
    expect(sections[0]!.questions[0]).toMatchObject({ text: 'Nơi ngồi chờ sạch sẽ', aspect: 'access', choices: null });
  });

  it('sends choices only for choice questions, without blanks, and an aspect only for scale ones', () => {
    const q = withKind({ ...newQuestion(), text: 'Ông/bà là', aspect: 'staff' }, 'single');
    expect(q).toMatchObject({ kind: 'single', aspect: null, choices: ['', ''] });
    const draft: DraftSection[] = [{ key: 's', title: ' Thông tin ', questions: [{ ...q, choices: ['Người bệnh', ' ', 'Người nhà'] }] }];
    expect(toSections(draft)[0]).toEqual({ title: 'Thông tin', questions: [{ id: 'ong-ba-la-1', kind: 'single', text: 'Ông/bà là', required: true, choices: ['Người bệnh', 'Người nhà'], aspect: null }] });
  });

  it('never changes the kind of an answered question', () => {
    const answered = { ...newQuestion(), answered: true };
    expect(withKind(answered, 'text')).toBe(answered);
  });

  it('moves sections and questions one place, and leaves the ends alone', () => {
    expect(move(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

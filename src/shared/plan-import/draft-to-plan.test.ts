import { describe, expect, it } from 'vitest';
import { createPlanSchema } from '../schemas/plans-api';
import type { ImportedTask, PlanDraft } from '../schemas/plan-import';
import { assigneeNamesOf, draftToPlan } from './draft-to-plan';

const task = (over: Partial<ImportedTask>): ImportedTask => ({
  number: null,
  task: 'Rà soát thủ tục hành chính',
  lead: null,
  coordinators: [],
  deadline: null,
  schedule: null,
  output: null,
  note: null,
  reformArea: null,
  origin: 'table',
  ...over,
});

/** An invented plan of a district health centre in another province. */
const draft: PlanDraft = {
  issuer: 'TRUNG TÂM Y TẾ HUYỆN GIO LINH',
  superior: 'SỞ Y TẾ TỈNH QUẢNG TRỊ',
  number: '12',
  symbol: 'KH-TTYT',
  place: 'Gio Linh',
  date: '2026-01-20',
  year: null,
  kind: 'cchc',
  title: 'Cải cách hành chính năm 2026',
  bases: ['Căn cứ Kế hoạch số 05/KH-SYT ngày 10/01/2026 của Sở Y tế', '  '],
  citations: [],
  introduction: 'Trung tâm Y tế huyện Gio Linh xây dựng Kế hoạch như sau:',
  sections: [
    { heading: 'MỤC ĐÍCH, YÊU CẦU', numbering: 'I', text: null, items: [{ heading: null, numbering: '-', text: 'Nâng cao chất lượng phục vụ.', items: [] }] },
    { heading: 'Tổ chức thực hiện', numbering: 'III', text: 'Các khoa, phòng thực hiện.', items: [] },
  ],
  budget: 'Từ nguồn chi thường xuyên.',
  responsibilities: [{ heading: null, numbering: '1', text: 'Phòng TCHC theo dõi.', items: [] }],
  recipients: ['Sở Y tế (b/c)', 'Lưu: VT'],
  signingTitle: 'KT. GIÁM ĐỐC',
  signerTitle: 'PHÓ GIÁM ĐỐC',
  signer: 'Lê Thị Hoa',
  tasks: [
    task({ number: '1', lead: 'Phòng TCHC', coordinators: ['Khoa Dược', 'Phòng TCHC', 'UBND huyện'], deadline: 'Quý I năm 2026', output: 'Báo cáo', reformArea: 'procedures' }),
    task({ task: 'Tuyên truyền trên trang thông tin điện tử', lead: 'Báo Quảng Trị', deadline: 'Thường xuyên' }),
    task({ task: '   ' }),
  ],
  problems: [],
  fieldLines: { issuer: null, superior: null, number: null, date: null, title: null, recipients: null, signingTitle: null, signer: null },
};

const tchc = { type: 'organization' as const, id: 'org-tchc' };
const assignees = { 'Phòng TCHC': tchc, 'Khoa Dược': { type: 'organization' as const, id: 'org-duoc' }, 'UBND huyện': null };

describe('draftToPlan', () => {
  const body = draftToPlan(draft, assignees);

  it('is a valid POST /api/plans body', () => {
    expect(createPlanSchema.safeParse(body).success).toBe(true);
  });

  it('keeps the heading fields and takes the year from the date when the title does not give it', () => {
    expect(body).toMatchObject({ kind: 'cchc', year: 2026, title: 'Cải cách hành chính năm 2026', placeName: 'Gio Linh', signingAuthority: 'KT. GIÁM ĐỐC', signerTitle: 'PHÓ GIÁM ĐỐC', signerName: 'Lê Thị Hoa' });
    expect(body.content.bases).toEqual(['Căn cứ Kế hoạch số 05/KH-SYT ngày 10/01/2026 của Sở Y tế']);
    expect(body.content.recipients).toEqual(['Sở Y tế (b/c)', 'Lưu: VT']);
  });

  it('nests the sections with their roles and adds the budget only where the text lacks it', () => {
    const [first, second, third] = body.content.sections;
    expect(first).toMatchObject({ numbering: 'I', heading: 'MỤC ĐÍCH, YÊU CẦU', role: 'purposes_requirements', children: [{ numbering: '-', text: 'Nâng cao chất lượng phục vụ.', children: [] }] });
    expect(second).toMatchObject({ role: 'responsibilities' });
    expect(third).toMatchObject({ heading: 'Kinh phí', role: 'budget', text: 'Từ nguồn chi thường xuyên.' });
    expect(body.content.sections).toHaveLength(3);
  });

  it('replaces written names by the chosen references, once each, and drops blank tasks', () => {
    expect(body.tasks).toHaveLength(2);
    expect(body.tasks[0]).toMatchObject({ number: '1', lead: tchc, coordinators: [{ type: 'organization', id: 'org-duoc' }], deadlineText: 'Quý I năm 2026', outputText: 'Báo cáo', reformArea: 'procedures' });
    expect(body.tasks[1]).toMatchObject({ number: '2', lead: null, coordinators: [], deadlineText: 'Thường xuyên', reformArea: 'other' });
  });

  it('lists each written name once', () => {
    expect(assigneeNamesOf(draft)).toEqual(['Phòng TCHC', 'Khoa Dược', 'UBND huyện', 'Báo Quảng Trị']);
  });
});

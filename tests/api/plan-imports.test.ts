import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftToPlan } from '../../src/shared/plan-import/draft-to-plan';
import type { AssigneeRef } from '../../src/shared/schemas/plans';
import type { AssigneeMatchDto, PlanImportResult } from '../../src/shared/schemas/plan-import-api';
import { multipartBody } from '../support/multipart';
import { readSeed, seedsAvailable } from '../support/seeds';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

/** Any plan text will do where only who may upload is tested. */
const SOME_PLAN = Buffer.from('KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n', 'utf8');

const line = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [line(c)] })) });

/** An invented plan of the hospital (not one of the seeds), written as Word writes it: heading lines, sections, signature, then the appendix table. */
async function hospitalPlanDocx(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          line('SỞ Y TẾ TỈNH LÀO CAI'),
          line('BỆNH VIỆN SẢN - NHI', true),
          line('Số: 17/KH-BVSN'),
          line('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true),
          line('Độc lập - Tự do - Hạnh phúc', true),
          line('Lào Cai, ngày 05 tháng 3 năm 2026'),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'KẾ HOẠCH', bold: true })] }),
          line('Số hóa hồ sơ bệnh án năm 2026', true),
          line('Căn cứ Kế hoạch số 06/KH-SYT ngày 10/01/2026 của Sở Y tế tỉnh Lào Cai về cải cách hành chính năm 2026;'),
          line('Bệnh viện Sản - Nhi xây dựng Kế hoạch số hóa hồ sơ bệnh án năm 2026 như sau:'),
          line('I. MỤC ĐÍCH, YÊU CẦU', true),
          line('- Giảm thời gian chờ đợi của người bệnh.'),
          line('II. TỔ CHỨC THỰC HIỆN', true),
          line('Các khoa, phòng thực hiện các nhiệm vụ tại phụ lục kèm theo.'),
          line('Trên đây là Kế hoạch số hóa hồ sơ bệnh án năm 2026 của Bệnh viện Sản - Nhi.'),
          line('Nơi nhận:'),
          line('- Sở Y tế;'),
          line('- Lưu: VT, KHTH.'),
          line('GIÁM ĐỐC', true),
          line('Trần Hoài Bắc', true),
          line('PHỤ LỤC', true),
          line('NHIỆM VỤ SỐ HÓA HỒ SƠ BỆNH ÁN NĂM 2026', true),
          new Table({
            rows: [
              row(['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn hoàn thành', 'Sản phẩm đầu ra']),
              row(['1', 'Rà soát quy trình lưu trữ hồ sơ bệnh án', 'Phòng KHTH', 'Bộ phận CNTT', 'Quý I năm 2026', 'Báo cáo']),
              row(['2', 'Tập huấn sử dụng bệnh án điện tử cho điều dưỡng', 'Phòng TCHC', 'Phòng Điều dưỡng', 'Quý II năm 2026', 'Lớp tập huấn']),
              row(['3', 'Lập kho lưu trữ số', 'Phòng Quản trị thiết bị', 'Phòng TCKT', 'Quý IV năm 2026', 'Kho lưu trữ']),
            ],
          }),
        ],
      },
    ],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}

describe.each(DIALECTS)('plan imports on %s', (dialect) => {
  let t: TestApp;
  let coordinator: string;

  const upload = (cookie: string, name: string, content: Buffer) => {
    const { payload, headers } = multipartBody({}, { name, content });
    return t.app.inject({ method: 'POST', url: '/api/plan-imports', headers: { ...headers, cookie }, payload });
  };
  const planCount = async (cookie: string) => (await t.request('GET', '/api/plans?limit=200', { cookie })).json().items.length as number;
  const ref = (m: AssigneeMatchDto | undefined): AssigneeRef | null => (m && 'id' in m ? { type: m.kind, id: m.id } : null);

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    coordinator = await t.login('bvsn.coordinator');
  });
  afterAll(() => t.close());

  it.skipIf(!seedsAvailable)('reads a seed plan as text into a draft with its symbol, tasks and leads matched to the tree', async () => {
    const ttyt = await t.login('ttyt-lccd.coordinator');
    const res = await upload(ttyt, 'ke-hoach.txt', Buffer.from(readSeed('002_6c8ca109d674577c.txt'), 'utf8'));
    expect(res.statusCode, res.body).toBe(200);
    const result: PlanImportResult = res.json();
    expect(result.format).toBe('txt');
    expect(result.sourceText).toContain('Phòng TCHC-TCKT');
    expect(result.draft.symbol).toBe('KH-TTYT');
    expect(result.draft.tasks.length).toBeGreaterThanOrEqual(3);
    expect(result.draft.tasks[0]).toMatchObject({ lead: 'Phòng TCHC-TCKT', deadline: 'Quý I năm 2026' });
    expect(result.assignees['Phòng TCHC-TCKT']).toMatchObject({ kind: 'organization', name: 'Phòng Tổ chức hành chính - Tài chính kế toán' });
    expect(result.assignees['Các khoa, phòng trực thuộc']).toMatchObject({ kind: 'group', name: 'Các khoa, phòng trực thuộc' });
  });

  it('reads a Word plan, matching abbreviated departments and proposing the unknown one', async () => {
    const before = await planCount(coordinator);
    const res = await upload(coordinator, 'so-hoa.docx', await hospitalPlanDocx());
    expect(res.statusCode, res.body).toBe(200);
    const { draft, assignees, format }: PlanImportResult = res.json();
    expect(format).toBe('docx');
    expect(draft).toMatchObject({ symbol: 'KH-BVSN', number: '17', year: 2026, title: 'Số hóa hồ sơ bệnh án năm 2026', signingTitle: 'GIÁM ĐỐC', signer: 'Trần Hoài Bắc' });
    expect(draft.tasks.map((task) => task.lead)).toEqual(['Phòng KHTH', 'Phòng TCHC', 'Phòng Quản trị thiết bị']);
    expect(assignees['Phòng TCHC']).toMatchObject({ kind: 'organization', name: 'Phòng Tổ chức Hành chính' });
    expect(assignees['Phòng KHTH']).toMatchObject({ kind: 'organization', name: 'Phòng Kế hoạch tổng hợp' });
    expect(assignees['Bộ phận CNTT']).toMatchObject({ kind: 'organization', name: 'Bộ phận Công nghệ thông tin' });
    expect(assignees['Phòng Quản trị thiết bị']).toEqual({ kind: 'new_unit', name: 'Phòng Quản trị thiết bị' });
    expect(await planCount(coordinator)).toBe(before);
  });

  it('refuses garbage and empty files in Vietnamese, saving nothing', async () => {
    const before = await planCount(coordinator);
    for (const content of [Buffer.from([0x00, 0x01, 0xff, 0xfe, 0x00, 0x9c, 0x12, 0x00, 0x80]), Buffer.alloc(0), Buffer.from('PK\u0003\u0004 not really a zip')]) {
      const res = await upload(coordinator, 'x.docx', content);
      expect(res.statusCode).toBe(400);
      const { error } = res.json();
      expect(error.message).toMatch(/[àáảãạăâđêôơưệốộờợụứừữ]/i);
      expect(error.message).not.toMatch(/Error|at |\.ts/);
    }
    expect((await t.request('POST', '/api/plan-imports', { cookie: coordinator, body: {} })).statusCode).toBe(400);
    const huge = await upload(coordinator, 'huge.txt', Buffer.alloc(20 * 1024 * 1024 + 10, 'a'));
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.message).toContain('Tệp lớn hơn');
    expect(await planCount(coordinator)).toBe(before);
  });

  it('is for those who draft the body’s plans', async () => {
    expect((await upload(await t.login('bvsn.tchc'), 'ke-hoach.txt', SOME_PLAN)).statusCode).toBe(403);
    const anonymous = multipartBody({}, { name: 'ke-hoach.txt', content: SOME_PLAN });
    expect((await t.app.inject({ method: 'POST', url: '/api/plan-imports', ...anonymous })).statusCode).toBe(401);
  });

  it('saves the reviewed draft through POST /api/plans as a draft plan with the matched leads', async () => {
    const { draft, assignees }: PlanImportResult = (await upload(coordinator, 'so-hoa.docx', await hospitalPlanDocx())).json();
    const resolved = Object.fromEntries(Object.entries(assignees).map(([name, match]) => [name, ref(match)]));
    const body = draftToPlan({ ...draft, title: 'Số hóa hồ sơ bệnh án và lưu trữ số năm 2026' }, resolved);
    const saved = await t.request('POST', '/api/plans', { cookie: coordinator, body });
    expect(saved.statusCode, saved.body).toBe(201);
    const plan = saved.json();
    expect(plan).toMatchObject({ state: 'draft', symbol: 'KH-BVSN', year: 2026, title: 'Số hóa hồ sơ bệnh án và lưu trữ số năm 2026', signingAuthority: 'GIÁM ĐỐC', signerName: 'Trần Hoài Bắc' });
    expect(plan.tasks).toHaveLength(3);
    expect(plan.names[`organization:${plan.tasks[1].lead.id}`]).toBe('Phòng Tổ chức Hành chính');
    expect(plan.names[`organization:${plan.tasks[0].lead.id}`]).toBe('Phòng Kế hoạch tổng hợp');
    expect(plan.tasks[0].coordinators).toEqual([ref(assignees['Bộ phận CNTT'])]);
    expect(plan.tasks[2].lead).toBeNull();
    expect(plan.content.bases[0]).toContain('06/KH-SYT');
  });
});

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueDraftPlans } from '../support/issue-demo-plans';
import { createTestApp, DIALECTS, type TestApp } from '../support/test-app';

type Occurrence = { id: string; taskId: string; due: string | null; status: string; progress: number; note: string | null; updatedAt: string };
type Change = { row: number; occurrenceId: string; updatedAt: string; before: { status: string; progress: number; note: string | null }; after: { status: string; progress: number; note: string | null } };
type Problem = { row: number; occurrenceId: string | null; code: string; message: string };

/** A multipart/form-data body with one file field, as a browser sends it. */
function multipart(fileName: string, content: Buffer) {
  const boundary = '----cchc-workbook-boundary';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, content, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** What the person sends back once they have confirmed the preview. */
const confirm = (changes: Change[]) => ({ changes: changes.map((c) => ({ row: c.row, occurrenceId: c.occurrenceId, updatedAt: c.updatedAt, ...c.after })) });

describe.each(DIALECTS)('bulk update from Excel on %s', (dialect) => {
  let t: TestApp;
  let unit: string;
  let mine: Occurrence[];
  let otherBodysId: string;
  let downloaded: Buffer;

  const list = async (cookie = unit): Promise<Occurrence[]> => (await t.request('GET', '/api/occurrences?mine=1&limit=500', { cookie })).json().items;
  const preview = (content: Buffer, cookie = unit) => {
    const body = multipart('Cập nhật kết quả.xlsx', content);
    return t.app.inject({ method: 'POST', url: '/api/occurrences/workbook/preview', headers: { ...body.headers, cookie }, payload: body.payload });
  };
  /** Opens the downloaded workbook in exceljs, lets the test fill it in like a person would, and saves it. */
  const fillIn = async (fill: (sheet: ExcelJS.Worksheet, rowOf: (id: string) => ExcelJS.Row) => void) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Cập nhật kết quả')!;
    const rowOf = (id: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (row.getCell(2).value === id) found = row;
      });
      if (!found) throw new Error(`no row for ${id}`);
      return found;
    };
    fill(sheet, rowOf);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, { demo: true, demoPlans: true });
    // Only plans in force ask work of anyone: both bodies' 2026 plans are issued first.
    for (const body of ['TTYT-LCCD', 'BVSN']) await issueDraftPlans(t, body);
    unit = await t.login('ttyt-lccd.tchc-tckt');
    mine = await list();
    otherBodysId = (await list(await t.login('bvsn.tchc')))[0]!.id;
  });
  afterAll(() => t.close());

  it("downloads the department's open work as a real workbook", async () => {
    const res = await t.request('GET', '/api/occurrences/workbook.xlsx?mine=1', { cookie: unit });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Cap nhat ket qua TCHC-TCKT \d{2}-\d{2}-\d{4}\.xlsx"; filename\*=UTF-8''C%E1%BA%ADp%20nh%E1%BA%ADt/);
    downloaded = res.rawPayload;

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(downloaded as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Cập nhật kết quả')!;
    expect(String(sheet.getCell('A1').value)).toContain('Phòng Tổ chức hành chính - Tài chính kế toán');
    expect(sheet.getRow(3).values).toEqual([undefined, 'STT', 'Mã kỳ', 'Nhiệm vụ', 'Kế hoạch', 'Kỳ', 'Hạn', 'Trạng thái', 'Tiến độ (%)', 'Kết quả thực hiện']);
    for (const column of sheet.columns) expect(column.width).toBeGreaterThan(0);
    const ids: string[] = [];
    sheet.eachRow((row, n) => {
      if (n > 3) ids.push(String(row.getCell(2).value));
    });
    expect(ids.sort()).toEqual(mine.filter((o) => o.status !== 'done').map((o) => o.id).sort());
    const dated = mine.find((o) => o.due !== null)!;
    let due: unknown;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === dated.id) due = row.getCell(6).value;
    });
    expect(due).toBeInstanceOf(Date);
    expect((due as Date).toISOString().slice(0, 10)).toBe(dated.due);

    expect((await t.request('GET', '/api/occurrences/workbook.xlsx?mine=1')).statusCode).toBe(401);
  });

  it('previews every change and every bad row, and saves nothing', async () => {
    const [a, b, c, d] = mine;
    const filled = await fillIn((sheet, rowOf) => {
      rowOf(a!.id).getCell(7).value = 'dang thuc hien';
      rowOf(a!.id).getCell(8).value = '50%';
      rowOf(a!.id).getCell(9).value = 'Đã rà soát 12 thủ tục';
      rowOf(b!.id).getCell(7).value = 'Chờ duyệt';
      rowOf(b!.id).getCell(8).value = 100;
      rowOf(c!.id).getCell(7).value = 'Hoàn thành';
      rowOf(d!.id).getCell(8).value = 150;
      sheet.addRow([99, otherBodysId, 'Nhiệm vụ của bệnh viện khác', '', '', null, 'Đang thực hiện', 20]);
      sheet.addRow([100, 'khong-co-ma-nay', 'Dòng gõ tay', '', '', null, 'Đang thực hiện', 20]);
    });
    const res = await preview(filled);
    expect(res.statusCode, res.body).toBe(200);
    const body: { changes: Change[]; problems: Problem[]; unchanged: number } = res.json();
    expect(body.changes.map((ch) => [ch.occurrenceId, ch.before, ch.after])).toEqual([
      [a!.id, { status: 'not_started', progress: 0, note: null }, { status: 'in_progress', progress: 50, note: 'Đã rà soát 12 thủ tục' }],
      [b!.id, { status: 'not_started', progress: 0, note: null }, { status: 'submitted', progress: 100, note: null }],
    ]);
    expect(body.changes[0]!.updatedAt).toBe(a!.updatedAt);
    const codes = Object.fromEntries(body.problems.map((p) => [p.occurrenceId, p.code]));
    // Another body's work is not even named as existing, like everywhere else in the API.
    expect(codes).toEqual({ [c!.id]: 'STATUS_RESERVED_FOR_REVIEW', [d!.id]: 'PROGRESS_OUT_OF_RANGE', [otherBodysId]: 'UNKNOWN_OCCURRENCE', 'khong-co-ma-nay': 'UNKNOWN_OCCURRENCE' });
    expect(body.problems.find((p) => p.code === 'PROGRESS_OUT_OF_RANGE')!.message).toBe('Tiến độ phải là số nguyên từ 0 đến 100 (đang ghi 150).');
    expect(body.unchanged).toBe(mine.length - 4);

    const now = await list();
    for (const o of [a, b, c, d]) expect(now.find((x) => x.id === o!.id)).toMatchObject({ status: 'not_started', progress: 0, note: null, updatedAt: o!.updatedAt });
  });

  it('saves the confirmed changes with their history, and refuses a second save of the same preview', async () => {
    const [a, b] = mine;
    const filled = await fillIn((_sheet, rowOf) => {
      rowOf(a!.id).getCell(7).value = 'Đang thực hiện';
      rowOf(a!.id).getCell(8).value = 50;
      rowOf(a!.id).getCell(9).value = 'Đã rà soát 12 thủ tục';
      rowOf(b!.id).getCell(7).value = 'Chờ duyệt';
    });
    const { changes } = (await preview(filled)).json() as { changes: Change[] };
    expect(changes).toHaveLength(2);
    const res = await t.request('POST', '/api/occurrences/workbook/apply', { cookie: unit, body: confirm(changes) });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ saved: 2 });

    const now = await list();
    expect(now.find((o) => o.id === a!.id)).toMatchObject({ status: 'in_progress', progress: 50, note: 'Đã rà soát 12 thủ tục' });
    expect(now.find((o) => o.id === b!.id)).toMatchObject({ status: 'submitted' });
    const history = (await t.request('GET', `/api/occurrences/${a!.id}/history`, { cookie: unit })).json().items;
    expect(history).toEqual([expect.objectContaining({ kind: 'update', status: 'in_progress', progress: 50, note: 'Đã rà soát 12 thủ tục', actor: expect.any(String) })]);

    const audit = (await t.request('GET', `/api/audit-log?entityId=${a!.id}`, { cookie: await t.login('ttyt-lccd.director') })).json().items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['occurrence.update']);

    const again = await t.request('POST', '/api/occurrences/workbook/apply', { cookie: unit, body: confirm(changes) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('OCCURRENCE_CHANGED');
    expect((await t.request('GET', `/api/occurrences/${a!.id}/history`, { cookie: unit })).json().items).toHaveLength(1);
  });

  it('saves nothing when one change is refused, and says which row', async () => {
    const [, , c, d] = await list();
    const res = await t.request('POST', '/api/occurrences/workbook/apply', {
      cookie: unit,
      body: {
        changes: [
          { row: 6, occurrenceId: c!.id, updatedAt: c!.updatedAt, status: 'in_progress', progress: 30 },
          { row: 7, occurrenceId: d!.id, updatedAt: d!.updatedAt, status: 'done' },
          { row: 8, occurrenceId: otherBodysId, updatedAt: 'x', progress: 10 },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('BULK_UPDATE_REFUSED');
    expect(error.message).toContain('chưa lưu thay đổi nào');
    expect(error.details).toEqual([
      expect.objectContaining({ row: 7, occurrenceId: d!.id, code: 'STATUS_RESERVED_FOR_REVIEW' }),
      expect.objectContaining({ row: 8, occurrenceId: otherBodysId, code: 'OCCURRENCE_NOT_FOUND' }),
    ]);
    const now = await list();
    expect(now.find((o) => o.id === c!.id)).toMatchObject({ status: 'not_started', progress: 0, updatedAt: c!.updatedAt });
    expect((await t.request('GET', `/api/occurrences/${c!.id}/history`, { cookie: unit })).json().items).toEqual([]);
  });

  it("names another department's occurrence in the file as not yours", async () => {
    const reporter = await t.login('bvsn.tchc');
    const own = await list(reporter);
    // Work of another department that this one neither leads nor coordinates (the task page's flags say so).
    const candidates = (await list(await t.login('bvsn.tckt'))).filter((o) => !own.some((m) => m.id === o.id));
    let theirs: (typeof candidates)[number] | undefined;
    for (const o of candidates) {
      const task = (await t.request('GET', `/api/tasks/${o.taskId}`, { cookie: reporter })).json();
      if (task.occurrences.find((x: { id: string; can: { update: boolean } }) => x.id === o.id)?.can.update === false) {
        theirs = o;
        break;
      }
    }
    if (!theirs) throw new Error('the demo has no work of the finance office that the organisation office may not update');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await t.request('GET', '/api/occurrences/workbook.xlsx?mine=1', { cookie: reporter })).rawPayload as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    sheet.addRow([99, theirs.id, 'Nhiệm vụ của phòng Tài chính kế toán', '', '', null, 'Đang thực hiện', 20]);
    const res = await preview(Buffer.from(await workbook.xlsx.writeBuffer()), reporter);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ changes: [], unchanged: own.length, problems: [{ row: own.length + 4, occurrenceId: theirs.id, code: 'NOT_YOURS' }] });
    expect(res.json().problems[0].message).toContain('không do khoa, phòng của bạn');
    const applied = await t.request('POST', '/api/occurrences/workbook/apply', { cookie: reporter, body: { changes: [{ occurrenceId: theirs.id, updatedAt: theirs.updatedAt, progress: 20 }] } });
    expect(applied.statusCode).toBe(400);
    expect(applied.json().error.details).toEqual([expect.objectContaining({ occurrenceId: theirs.id, code: 'FORBIDDEN' })]);
  });

  it('refuses what is not a filled-in workbook with a Vietnamese reason', async () => {
    const garbage = await preview(Buffer.from('Đây không phải tệp Excel'));
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error).toMatchObject({ code: 'NOT_XLSX', message: expect.stringContaining('không phải là tệp Excel') });
    expect((await preview(Buffer.alloc(0))).json().error.code).toBe('EMPTY_FILE');
    const oversize = await preview(Buffer.concat([downloaded, Buffer.alloc(5 * 1024 * 1024)]));
    expect(oversize.statusCode).toBe(413);
    expect(oversize.json().error).toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('Tệp lớn hơn 5 MB') });
    const other = new ExcelJS.Workbook();
    other.addWorksheet('Sheet1').addRow(['Họ và tên', 'Số điện thoại']);
    expect((await preview(Buffer.from(await other.xlsx.writeBuffer()))).json().error.code).toBe('NO_HEADER');
    const json = await t.request('POST', '/api/occurrences/workbook/preview', { cookie: unit, body: { file: 'x' } });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.code).toBe('FILE_REQUIRED');
    expect((await t.request('POST', '/api/occurrences/workbook/apply', { cookie: unit, body: { changes: [] } })).statusCode).toBe(400);
    expect((await preview(downloaded, '')).statusCode).toBe(401);
  });
});

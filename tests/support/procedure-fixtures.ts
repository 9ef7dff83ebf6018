import { expect } from 'vitest';
import type { TestApp } from './test-app';

/** A hospital's public procedure as the tests add it; `over` changes any field. */
export function recordCopyProcedure(khth: string, over: Record<string, unknown> = {}) {
  return {
    scope: 'public',
    code: 'BVSN-TT-01',
    name: 'Cung cấp bản tóm tắt hồ sơ bệnh án',
    field: 'Khám bệnh, chữa bệnh',
    level: 'body',
    steps: [
      { text: 'Người bệnh nộp giấy đề nghị tại Bộ phận một cửa', unitId: null, duration: '15 phút' },
      { text: 'Phòng Kế hoạch tổng hợp tóm tắt hồ sơ bệnh án, trình Giám đốc ký', unitId: khth },
    ],
    dossier: [{ name: 'Giấy đề nghị cung cấp tóm tắt hồ sơ bệnh án', copies: 1 }],
    processingTime: { value: 5, unit: 'working_days' },
    fees: [{ name: 'Phí sao chụp', amountDong: 5000, note: 'mỗi trang' }],
    result: 'Bản tóm tắt hồ sơ bệnh án',
    legalBasis: 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15',
    receivingPlaces: ['one_stop'],
    onlineLevel: 'partial',
    responsibleUnitId: khth,
    issued: { effectiveOn: '2024-03-01', decidingDocument: '125/QĐ-BVSN' },
    ...over,
  };
}

/** Adds a procedure through the API and answers its id. */
export async function addProcedure(t: TestApp, cookie: string, body: Record<string, unknown>): Promise<string> {
  const res = await t.request('POST', '/api/procedures', { cookie, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

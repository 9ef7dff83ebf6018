import { describe, expect, it } from 'vitest';
import { canonicalField, importProblem, issuedOn, markDuplicateCodes, planImportRow, type ListedProcedure } from './procedure-import';

const existing = { id: 'p1', code: '1.001907', name: 'Cấp giấy phép hoạt động', field: 'Khám bệnh, chữa bệnh' };

describe('importing a list of procedures into a registry', () => {
  it('adds a code the body does not have, corrects the name or field of one it has, and leaves an equal one alone', () => {
    expect(planImportRow(undefined, { name: 'Thủ tục mới', field: 'Dược phẩm' })).toEqual({ action: 'create', changes: [] });
    expect(planImportRow(existing, { name: existing.name, field: existing.field })).toEqual({ action: 'unchanged', changes: [] });
    expect(planImportRow(existing, { name: 'Cấp mới giấy phép hoạt động', field: 'Dược phẩm' })).toEqual({
      action: 'update',
      changes: [
        { field: 'name', before: 'Cấp giấy phép hoạt động', after: 'Cấp mới giấy phép hoạt động' },
        { field: 'field', before: 'Khám bệnh, chữa bệnh', after: 'Dược phẩm' },
      ],
    });
  });

  it('spells a field as the registry already does when it is the same words', () => {
    expect(canonicalField('KHÁM BỆNH, CHỮA BỆNH', ['Dược phẩm', 'Khám bệnh, chữa bệnh'])).toBe('Khám bệnh, chữa bệnh');
    expect(canonicalField('kham benh, chua benh', ['Khám bệnh, chữa bệnh'])).toBe('Khám bệnh, chữa bệnh');
    expect(canonicalField('Y tế dự phòng', ['Khám bệnh, chữa bệnh'])).toBe('Y tế dự phòng');
  });

  it('dates a new procedure from its deciding document, else from the day of the import', () => {
    expect(issuedOn('Quyết định số 2871/QĐ-UBND ngày 15/9/2017 của Chủ tịch UBND tỉnh Lào Cai', '2026-05-04')).toEqual({ effectiveOn: '2017-09-15', dated: true });
    expect(issuedOn('Quyết định số 645/QĐ-UBND', '2026-05-04')).toEqual({ effectiveOn: '2026-05-04', dated: false });
    expect(issuedOn(null, '2026-05-04')).toEqual({ effectiveOn: '2026-05-04', dated: false });
  });

  it('refuses every row of a code written twice, naming the rows', () => {
    const row = (n: number, code: string | null): ListedProcedure => ({ row: n, code, name: 'X', field: 'Y', level: null, processingTime: null, fees: null, decidingDocument: null, legalBasis: null, problems: [] });
    const rows = [row(4, '1.1'), row(5, '1.2'), row(9, '1.1'), row(10, null)];
    markDuplicateCodes(rows);
    expect(rows.map((r) => r.problems)).toEqual([[importProblem('DUPLICATE_CODE', '4, 9')], [], [importProblem('DUPLICATE_CODE', '4, 9')], []]);
  });
});

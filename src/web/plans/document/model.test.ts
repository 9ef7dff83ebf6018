import type { PlanVersionDocumentDto } from '../../api/types';
import { modelFromVersion } from './model';

describe('modelFromVersion', () => {
  it('reads an issued version as the document it was', () => {
    const version: PlanVersionDocumentDto = {
      version: 1,
      state: 'issued',
      organization: { id: 'b1', code: 'BVSN', name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' },
      superiorName: 'SỞ Y TẾ TỈNH LÀO CAI',
      number: 3,
      symbol: 'KH-BVSN',
      numberAndSymbol: '03/KH-BVSN',
      placeName: 'Lào Cai',
      issuedOn: '2026-01-14',
      year: 2026,
      kind: 'cchc',
      title: 'Cải cách hành chính năm 2026',
      signingAuthority: 'GIÁM ĐỐC',
      signerTitle: null,
      signerName: 'Trần Hoài Bắc',
      content: { bases: [], introduction: null, sections: [], targets: [], closing: null, recipients: [] },
      tasks: [
        { id: 't1', number: '1', title: 'Tổng kết', reformArea: 'other', lead: { type: 'organization', id: 'o1' }, coordinators: [{ type: 'group', id: 'g1' }], deadlineText: 'Quý IV năm 2026', outputText: 'Báo cáo', outputKind: 'report', note: null },
      ],
      names: { 'organization:o1': 'Phòng Tổ chức Hành chính' },
    };
    const model = modelFromVersion(version);
    expect(model).toMatchObject({ bodyId: 'b1', numberAndSymbol: '03/KH-BVSN', issuedOn: '2026-01-14', signerName: 'Trần Hoài Bắc', superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' });
    expect(model.tasks[0]).toMatchObject({ key: 't1', title: 'Tổng kết', lead: { type: 'organization', id: 'o1' }, deadlineText: 'Quý IV năm 2026' });
  });
});

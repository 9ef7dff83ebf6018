import { modelFromSnapshot } from './model';

describe('modelFromSnapshot', () => {
  it('reads a version as stored by the server into what the document prints', () => {
    const snapshot = {
      number: 3,
      symbol: 'KH-BVSN',
      place_name: 'Lào Cai',
      issued_on: '2026-01-14',
      year: 2026,
      title: 'Cải cách hành chính năm 2026',
      signing_authority: 'GIÁM ĐỐC',
      signer_title: null,
      signer_name: 'Trần Hoài Bắc',
      content: { bases: [], introduction: null, sections: [], targets: [], closing: null, recipients: [] },
      tasks: [
        {
          id: 't1',
          number: '1',
          title: 'Tổng kết',
          lead_json: '{"type":"organization","id":"o1"}',
          coordinators_json: '[{"type":"group","id":"g1"}]',
          deadline_text: 'Quý IV năm 2026',
          output_text: 'Báo cáo',
          note: null,
        },
      ],
    };
    const model = modelFromSnapshot(snapshot, { organization: { id: 'b1', code: 'BVSN', name: 'Bệnh viện Sản - Nhi tỉnh Lào Cai' }, superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' });
    expect(model).toMatchObject({ bodyId: 'b1', numberAndSymbol: '03/KH-BVSN', issuedOn: '2026-01-14', signerName: 'Trần Hoài Bắc', superiorName: 'SỞ Y TẾ TỈNH LÀO CAI' });
    expect(model.tasks).toEqual([
      { key: 't1', number: '1', title: 'Tổng kết', lead: { type: 'organization', id: 'o1' }, coordinators: [{ type: 'group', id: 'g1' }], deadlineText: 'Quý IV năm 2026', outputText: 'Báo cáo', note: null },
    ]);
  });
});

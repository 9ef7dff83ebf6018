import dayjs from 'dayjs';
import { newProcedure, procedureContent, procedureFormValues, type ProcedureFormValues } from './procedure-form-values';

const filled: ProcedureFormValues = {
  scope: 'public',
  code: ' BVSN-TT-09 ',
  name: 'Cấp bản sao giấy ra viện ',
  field: 'Khám bệnh, chữa bệnh',
  level: 'body',
  applicants: '   ',
  steps: [{ text: ' Nộp đơn tại quầy một cửa ', unitId: undefined, duration: '' }],
  dossier: [{ name: 'Đơn đề nghị', copies: undefined, note: 'bản chính' }],
  processingTime: { value: undefined, unit: 'working_days', note: ' ' },
  fees: [{ name: 'Phí sao chụp', amountDong: 2000 }],
  receivingPlaces: ['one_stop'],
  onlineLevel: 'none',
  issued: { effectiveOn: dayjs('2026-12-01'), decidingDocument: '412/QĐ-BVSN' },
};

describe('the procedure form and the API body', () => {
  it('trims texts and sends empty ones as null, so that editing can clear them', () => {
    const body = procedureContent(filled);
    expect(body).toMatchObject({ code: 'BVSN-TT-09', name: 'Cấp bản sao giấy ra viện', applicants: null, conditions: null, result: null, responsibleUnitId: null });
    expect(body.steps).toEqual([{ text: 'Nộp đơn tại quầy một cửa', unitId: null, duration: null }]);
    expect(body.dossier).toEqual([{ name: 'Đơn đề nghị', copies: null, note: 'bản chính' }]);
    expect(body.fees).toEqual([{ name: 'Phí sao chụp', amountDong: 2000, note: null }]);
  });

  it('leaves out a processing time with neither a number nor a note', () => {
    expect(procedureContent(filled).processingTime).toBeNull();
    expect(procedureContent({ ...filled, processingTime: { value: 3, unit: 'hours' } }).processingTime).toEqual({ value: 3, unit: 'hours', note: null });
  });

  it('adds the issuing decision to a new procedure, its day as the API writes days', () => {
    expect(newProcedure(filled).issued).toEqual({ effectiveOn: '2026-12-01', decidingDocument: '412/QĐ-BVSN', note: null });
  });

  it('starts a new procedure as a public one received at the one-stop desk, issued today', () => {
    const start = procedureFormValues(null);
    expect(start).toMatchObject({ scope: 'public', level: 'body', receivingPlaces: ['one_stop'], onlineLevel: 'none', steps: [] });
    expect(start.issued?.effectiveOn?.format('YYYY-MM-DD')).toBe(dayjs().format('YYYY-MM-DD'));
  });
});

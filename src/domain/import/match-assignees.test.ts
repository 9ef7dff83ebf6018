import { describe, expect, it } from 'vitest';
import { matchAssignee, matchAssignees, type AssigneeCandidate } from './match-assignees';

const org = (id: string, name: string, code?: string): AssigneeCandidate => ({ kind: 'organization', id, name, code });

/** A hospital as the demo has it. */
const hospital: AssigneeCandidate[] = [
  org('bv', 'Bệnh viện Sản - Nhi tỉnh Lào Cai', 'BVSN'),
  org('tchc', 'Phòng Tổ chức Hành chính', 'TCHC'),
  org('tckt', 'Phòng Tài chính kế toán', 'TCKT'),
  org('khth', 'Phòng Kế hoạch tổng hợp', 'KHTH'),
  org('dd', 'Phòng Điều dưỡng', 'DD'),
  org('cntt', 'Bộ phận Công nghệ thông tin', 'CNTT'),
  org('ctxh', 'Tổ Công tác xã hội và Truyền thông', 'CTXH'),
  org('kb', 'Khoa Khám bệnh', 'KB'),
  org('hstc', 'Khoa Hồi sức tích cực - Chống độc', 'HSTC'),
  org('ttss', 'Trung tâm Sơ sinh', 'TTSS'),
  { kind: 'group', id: 'g-units', name: 'Các khoa, phòng, trung tâm', groupKind: 'all_units' },
  { kind: 'external', id: 'x-stt', name: 'Sở Thông tin và Truyền thông', code: 'STTTT' },
];

/** An invented provincial department of health with a body under it. */
const department: AssigneeCandidate[] = [
  org('syt', 'Sở Y tế tỉnh Quảng Trị', 'SYT'),
  org('tccb', 'Phòng Tổ chức cán bộ', 'TCCB'),
  org('vp', 'Văn phòng Sở', 'VP'),
  org('nvy', 'Phòng Nghiệp vụ Y', 'NVY'),
  org('bvdk', 'Bệnh viện Đa khoa tỉnh Quảng Trị', 'BVDK'),
  org('ttyt', 'Trung tâm Y tế huyện Gio Linh', 'TTYT-GL'),
  { kind: 'group', id: 'g-bodies', name: 'Các đơn vị trực thuộc Sở', groupKind: 'all_bodies' },
  { kind: 'group', id: 'g-offices', name: 'Các phòng chức năng', groupKind: 'all_units' },
  { kind: 'external', id: 'x-ubnd', name: 'Ủy ban nhân dân tỉnh Quảng Trị' },
];

const idOf = (written: string, candidates = hospital) => {
  const m = matchAssignee(written, candidates);
  return 'id' in m ? m.id : m.kind;
};

describe('matchAssignee', () => {
  it('reads departments written in full, abbreviated, or without diacritics', () => {
    expect(idOf('Phòng TCHC')).toBe('tchc');
    expect(idOf('P. Kế hoạch tổng hợp')).toBe('khth');
    expect(idOf('Phòng KHTH')).toBe('khth');
    expect(idOf('phong tai chinh ke toan')).toBe('tckt');
    expect(idOf('Khoa Khám bệnh')).toBe('kb');
    expect(idOf('K. Khám bệnh')).toBe('kb');
    expect(idOf('Bộ phận CNTT')).toBe('cntt');
    expect(idOf('Tổ CTXH')).toBe('ctxh');
    expect(idOf('Khoa HSTC-CĐ')).toBe('hstc');
    expect(idOf('Khoa Hồi sức tích cực')).toBe('hstc');
    expect(idOf('  TRUNG TÂM  SƠ SINH ')).toBe('ttss');
  });

  it('gives the full confidence to an exact name and less to an abbreviation or a part', () => {
    expect(matchAssignee('Phòng Tổ chức hành chính', hospital)).toEqual({ kind: 'organization', id: 'tchc', name: 'Phòng Tổ chức Hành chính', confidence: 1 });
    const partial = matchAssignee('Khoa Hồi sức tích cực', hospital);
    expect(partial.kind === 'organization' && partial.confidence).toBeLessThan(1);
  });

  it('never takes one department for another that shares words', () => {
    const withBoth = [...hospital, org('tccb2', 'Phòng Tổ chức cán bộ', 'TCCB')];
    expect(idOf('Phòng Tổ chức cán bộ', withBoth)).toBe('tccb2');
    expect(idOf('Phòng TCCB', withBoth)).toBe('tccb2');
    expect(idOf('Phòng Tổ chức cán bộ')).toBe('new_unit');
    expect(idOf('Phòng TCHC', department)).toBe('new_unit');
    expect(idOf('Khoa Khám bệnh', department)).toBe('new_unit');
    expect(idOf('Phòng Khám bệnh')).toBe('new_unit');
  });

  it('finds the standing groups however they are written', () => {
    expect(matchAssignee('Các khoa, phòng trực thuộc', hospital)).toMatchObject({ kind: 'group', id: 'g-units' });
    expect(idOf('Các khoa/phòng/trung tâm')).toBe('g-units');
    expect(idOf('Các đơn vị trong ngành', department)).toBe('g-bodies');
    expect(idOf('Các phòng chức năng', department)).toBe('g-offices');
  });

  it('finds the body itself, the bodies under it and the registry', () => {
    expect(idOf('Sở Y tế', department)).toBe('syt');
    expect(idOf('BVĐK tỉnh', department)).toBe('bvdk');
    expect(idOf('Bệnh viện Đa khoa tỉnh', department)).toBe('bvdk');
    expect(idOf('TTYT huyện Gio Linh', department)).toBe('ttyt');
    expect(idOf('UBND tỉnh', department)).toBe('x-ubnd');
    expect(idOf('Sở TT&TT')).toBe('x-stt');
    expect(idOf('Sở Thông tin và Truyền thông')).toBe('x-stt');
  });

  it('proposes a new department or a new external body for what it does not know', () => {
    expect(matchAssignee('Phòng Quản lý chất lượng', hospital)).toEqual({ kind: 'new_unit', name: 'Phòng Quản lý chất lượng' });
    expect(matchAssignee('Khoa  Dược', hospital)).toEqual({ kind: 'new_unit', name: 'Khoa Dược' });
    expect(matchAssignee('UBND tỉnh', hospital)).toEqual({ kind: 'new_external', name: 'UBND tỉnh' });
    expect(matchAssignee('Báo Quảng Trị', hospital)).toEqual({ kind: 'new_external', name: 'Báo Quảng Trị' });
    expect(matchAssignee('Trung tâm Y tế huyện Hải Lăng', hospital)).toEqual({ kind: 'new_external', name: 'Trung tâm Y tế huyện Hải Lăng' });
  });

  it('matches each written name once', () => {
    const all = matchAssignees(['Phòng TCHC', 'Phòng TCHC', 'Khoa Dược', ' '], hospital);
    expect(Object.keys(all)).toEqual(['Phòng TCHC', 'Khoa Dược']);
  });
});

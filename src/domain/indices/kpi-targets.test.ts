import { feedbackOnTimeTarget, firstTarget, itemsPublishedTarget, proceduresPostedTarget, satisfactionTarget, targetMet, tasksOnTimeTarget } from './kpi-targets';

const target = (text: string) => ({ text, value: null, unit: null, comparator: null });

describe('KPI targets read from a plan', () => {
  it('recognises targets about work done on time, in the ways plans word them', () => {
    expect(tasksOnTimeTarget(target('100% nhiệm vụ được giao hoàn thành đúng thời hạn'))).toMatchObject({ value: 100, comparator: 'at_least' });
    expect(tasksOnTimeTarget(target('Phấn đấu trên 95% công việc hoàn thành đúng tiến độ'))).toMatchObject({ value: 95, comparator: 'above' });
    expect(tasksOnTimeTarget({ text: 'Các nhiệm vụ trong kế hoạch hoàn thành đúng hạn', value: 90, unit: '%', comparator: null })).toMatchObject({ value: 90 });
    expect(tasksOnTimeTarget(target('100% TTHC được niêm yết công khai'))).toBeNull();
    expect(tasksOnTimeTarget(target('Hồ sơ giải quyết đúng hạn đạt 98%'))).toBeNull();
  });

  it('recognises a yearly count of items to publish, and leaves counts per quarter to the communication targets', () => {
    expect(itemsPublishedTarget(target('Đăng tải ít nhất 12 tin, bài về cải cách hành chính trong năm'))).toMatchObject({ value: 12 });
    expect(itemsPublishedTarget(target('Mỗi quý ít nhất 01 tin bài về CCHC'))).toBeNull();
  });

  it('recognises a share of procedures to post, and nothing about procedures without a percentage', () => {
    expect(proceduresPostedTarget(target('100% TTHC được niêm yết, công khai đầy đủ, kịp thời'))).toMatchObject({ value: 100, comparator: 'at_least' });
    expect(proceduresPostedTarget(target('Niêm yết công khai trên 95% thủ tục hành chính thuộc thẩm quyền'))).toMatchObject({ value: 95, comparator: 'above' });
    expect(proceduresPostedTarget(target('Đảm bảo TTHC thuộc thẩm quyền giải quyết được niêm yết công khai, đầy đủ'))).toBeNull();
    expect(proceduresPostedTarget(target('100% nhiệm vụ hoàn thành đúng hạn'))).toBeNull();
  });

  it('recognises a share of feedback answered on time, and not the work or procedure targets', () => {
    expect(feedbackOnTimeTarget(target('100% phản ánh, kiến nghị của người dân được xử lý, trả lời đúng thời hạn'))).toMatchObject({ value: 100, comparator: 'at_least' });
    expect(feedbackOnTimeTarget(target('Tiếp nhận, giải quyết kịp thời trên 95% ý kiến góp ý của người bệnh'))).toMatchObject({ value: 95, comparator: 'above' });
    expect(feedbackOnTimeTarget(target('Duy trì đường dây nóng tiếp nhận phản ánh, kiến nghị'))).toBeNull();
    expect(feedbackOnTimeTarget(target('100% nhiệm vụ hoàn thành đúng hạn'))).toBeNull();
    expect(tasksOnTimeTarget(target('100% phản ánh, kiến nghị được trả lời đúng hạn'))).toBeNull();
  });

  it('recognises a satisfaction rate to reach, and not a rank in the index tables', () => {
    expect(satisfactionTarget(target('Tỷ lệ hài lòng của người bệnh đạt trên 90%'))).toMatchObject({ value: 90, comparator: 'above' });
    expect(satisfactionTarget(target('Chỉ số hài lòng (SIPAS) đạt từ 85,5% trở lên'))).toMatchObject({ value: 85.5, comparator: 'at_least' });
    expect(satisfactionTarget(target('Nâng cao mức độ hài lòng của người dân'))).toBeNull();
    expect(satisfactionTarget(target('Chỉ số hài lòng SIPAS xếp hạng trong nhóm 10 tỉnh dẫn đầu, đạt 90%'))).toBeNull();
  });

  it('takes the first recognised target and compares the actual figure with it', () => {
    const found = firstTarget([target('100% TTHC được niêm yết'), target('100% nhiệm vụ hoàn thành đúng hạn')], tasksOnTimeTarget);
    expect(found?.text).toBe('100% nhiệm vụ hoàn thành đúng hạn');
    expect(targetMet(100, found)).toBe(true);
    expect(targetMet(96.5, found)).toBe(false);
    expect(targetMet(null, found)).toBeNull();
    expect(targetMet(50, null)).toBeNull();
  });
});

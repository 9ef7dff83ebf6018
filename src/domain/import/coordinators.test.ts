import { describe, expect, it } from 'vitest';
import { splitCoordinators } from './coordinators';

describe('splitCoordinators', () => {
  it('keeps a group name with commas whole', () => {
    expect(splitCoordinators('Các khoa, phòng trực thuộc')).toEqual(['Các khoa, phòng trực thuộc']);
    expect(splitCoordinators('Các khoa, phòng, trung tâm')).toEqual(['Các khoa, phòng, trung tâm']);
  });

  it('splits named units on commas, "và", ";" and line breaks', () => {
    expect(splitCoordinators('Phòng KHTH, Khoa Dược')).toEqual(['Phòng KHTH', 'Khoa Dược']);
    expect(splitCoordinators('Phòng TCHC và Phòng Tài chính kế toán')).toEqual(['Phòng TCHC', 'Phòng Tài chính kế toán']);
    expect(splitCoordinators('Sở Y tế; UBND các xã\n- Trạm Y tế xã')).toEqual(['Sở Y tế', 'UBND các xã', 'Trạm Y tế xã']);
  });

  it('gives nothing for an empty cell', () => {
    expect(splitCoordinators(null)).toEqual([]);
    expect(splitCoordinators(' ; ')).toEqual([]);
  });
});

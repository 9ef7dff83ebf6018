import type { ReformArea } from '../../shared/plan-vocabulary';
import { folded } from './text-shape';

/** Words naming each reform area (folded); the first that matches wins, so the specific ones come first. */
const AREA_WORDS: [ReformArea, RegExp][] = [
  ['digital_government', /chinh quyen dien tu|chinh quyen so|chuyen doi so|chinh phu so|chinh phu dien tu/u],
  ['public_finance', /tai chinh cong/u],
  ['civil_service', /che do cong vu|cong chuc|vien chuc/u],
  ['apparatus', /to chuc bo may|bo may/u],
  ['procedures', /thu tuc hanh chinh|\btthc\b|mot cua/u],
  ['institutions', /the che|van ban quy pham/u],
  ['communication', /tuyen truyen|truyen thong|thong tin/u],
];

/** The reform area a group heading or a task's words name, or null when they name none. */
export function reformAreaOf(text: string): ReformArea | null {
  const words = folded(text);
  return AREA_WORDS.find(([, pattern]) => pattern.test(words))?.[0] ?? null;
}

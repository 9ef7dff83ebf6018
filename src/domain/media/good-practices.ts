/**
 * Good practices ("cách làm sáng tạo / mô hình hay", SPEC §2.6): each month a body sends the items it
 * marked as good practice to its department of health, which selects some to publish on its own page.
 */

/** A month as the API writes it: yyyy-mm. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(text: string): boolean {
  const match = MONTH.exec(text);
  return !!match && Number(match[1]) >= 2000 && Number(match[1]) <= 2099;
}

/** "11/2026": how the month is shown to people. */
export function formatMonthVi(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

export type SendableItem = { id: string; organizationId: string; state: string; goodPractice: boolean };

export type NotSendableReason = 'ITEM_NOT_FOUND' | 'NOT_GOOD_PRACTICE' | 'NOT_PUBLISHED';

/**
 * Why an item may not be sent by this body, or null when it may: only the body's own items, marked as
 * good practice and published — the department republishes what the body has already made public.
 */
export function notSendableReason(item: SendableItem | undefined, bodyId: string): NotSendableReason | null {
  if (!item || item.organizationId !== bodyId) return 'ITEM_NOT_FOUND';
  if (!item.goodPractice) return 'NOT_GOOD_PRACTICE';
  if (item.state !== 'published') return 'NOT_PUBLISHED';
  return null;
}

export const NOT_SENDABLE_MESSAGES_VI: Record<NotSendableReason, string> = {
  ITEM_NOT_FOUND: 'Không tìm thấy tin bài của đơn vị.',
  NOT_GOOD_PRACTICE: 'Tin bài chưa được đánh dấu là cách làm sáng tạo, mô hình hay.',
  NOT_PUBLISHED: 'Chỉ gửi được tin bài đã đăng.',
};

/** The ids not yet sent that month, each once, in the order given: sending again never duplicates. */
export function newSubmissions(itemIds: readonly string[], alreadySent: ReadonlySet<string>): string[] {
  return [...new Set(itemIds)].filter((id) => !alreadySent.has(id));
}

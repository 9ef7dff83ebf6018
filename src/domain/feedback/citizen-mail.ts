import { escapeHtml, letterBodies, type EmailText } from '../mail/letter';
import { formatDateVi } from '../schedule/calendar';
import { displayTrackingCode } from './tracking-code';

/** Why the citizen is written to: their feedback was received, or it has an answer. */
export type CitizenMailReason = 'received' | 'answered';

/**
 * The letter to the citizen who left an e-mail address: the tracking code and the link to follow it,
 * never the answer itself (the page shows it when published) nor anything of theirs but the address.
 */
export function citizenMail(reason: CitizenMailReason, p: { bodyName: string; trackingCode: string; subject: string; dueOn: string; link: string }): EmailText {
  const code = displayTrackingCode(p.trackingCode);
  const lead =
    reason === 'received'
      ? `${p.bodyName} đã tiếp nhận phản ánh, kiến nghị của bạn. Mã tra cứu: ${code}. Hạn trả lời: ${formatDateVi(p.dueOn)}.`
      : `${p.bodyName} đã trả lời phản ánh, kiến nghị mã ${code} của bạn.`;
  const link = escapeHtml(p.link);
  const bodies = letterBodies({
    greeting: 'Kính gửi Quý ông/bà,',
    lead,
    items: [{ text: [`- Nội dung: ${p.subject}`], html: `Nội dung: ${escapeHtml(p.subject)}` }],
    closing: { text: ['Theo dõi tình trạng xử lý bằng mã tra cứu tại:', p.link], html: `Theo dõi tình trạng xử lý bằng mã tra cứu tại: <a href="${link}">${link}</a>` },
    footer: 'Thư gửi tự động, vui lòng không trả lời thư này. Hãy giữ mã tra cứu để theo dõi phản ánh của bạn.',
  });
  const subject = reason === 'received' ? `Đã tiếp nhận phản ánh — mã tra cứu ${code}` : `Phản ánh ${code} đã có trả lời`;
  return { subject, ...bodies };
}

import { Alert, Descriptions, Typography } from 'antd';
import type { FeedbackDto } from '../api/types';
import { formatDate, formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';

/**
 * The sender's contact, present only for the handlers, the coordinator and the director (decision 0026);
 * everyone else learns why they see none: hidden from them, erased on a day, or never given.
 */
export function FeedbackContact({ item }: { item: FeedbackDto }) {
  const t = useT();
  const { contact } = item;
  if (!contact) {
    const note = item.personalDataErasedAt
      ? t('feedback.contactErased', { date: formatDate(item.personalDataErasedAt) })
      : item.can.seeContact || !item.hasContact
        ? t('feedback.contactNone')
        : t('feedback.contactHidden');
    return <Alert type="info" showIcon title={note} className="feedback-contact-note" />;
  }
  const rows = [
    { key: 'name', label: t('feedback.contactName'), value: contact.name },
    { key: 'phone', label: t('feedback.contactPhone'), value: contact.phone && <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a> },
    { key: 'email', label: t('feedback.contactEmail'), value: contact.email && <a href={`mailto:${contact.email}`}>{contact.email}</a> },
    { key: 'ip', label: t('feedback.contactIp'), value: contact.ip },
  ].filter((row) => row.value);
  return (
    <>
      <Descriptions size="small" column={1} className="feedback-contact" items={rows.map((row) => ({ key: row.key, label: row.label, children: row.value }))} />
      {contact.consentAt && (
        <Typography.Text type="secondary" className="feedback-meta">
          {t('feedback.consentAt', { date: formatDateTime(contact.consentAt) })}
        </Typography.Text>
      )}
    </>
  );
}

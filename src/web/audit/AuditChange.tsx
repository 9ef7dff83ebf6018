import { Col, Row, Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';

function asJson(value: unknown): string {
  return value === null || value === undefined ? '—' : JSON.stringify(value, null, 2);
}

/** Top-level keys whose value differs, so the eye finds the change in a long record. */
export function changedKeys(before: unknown, after: unknown): string[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function AuditChange({ before, after, requestId }: { before: unknown; after: unknown; requestId: string | null }) {
  const t = useT();
  const changed = changedKeys(before, after);
  return (
    <div className="audit-change">
      {changed.length > 0 && (
        <Typography.Paragraph>
          <Typography.Text strong>{t('audit.changedFields')}</Typography.Text> {changed.join(', ')}
        </Typography.Paragraph>
      )}
      <Row gutter={[16, 8]}>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.before')}</Typography.Text>
          <pre className="json-block">{asJson(before)}</pre>
        </Col>
        <Col xs={24} md={12}>
          <Typography.Text strong>{t('audit.after')}</Typography.Text>
          <pre className="json-block">{asJson(after)}</pre>
        </Col>
      </Row>
      {requestId && (
        <Typography.Text type="secondary" className="audit-request">
          {t('audit.requestId')}: {requestId}
        </Typography.Text>
      )}
    </div>
  );
}

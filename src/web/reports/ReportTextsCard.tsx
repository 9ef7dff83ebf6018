import { App, Button, Card, Form, Input, Typography } from 'antd';
import { REPORT_TEXT_KEYS, type ReportTextKey } from '../../shared/report-vocabulary';
import type { ReportDto } from '../../shared/schemas/reports';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useSaveReportTexts } from './queries';

type Values = Record<ReportTextKey, string | undefined>;

/** What the coordinator writes beside the numbers; read-only once the report is approved or sent. */
export function ReportTextsCard({ report }: { report: ReportDto }) {
  const t = useT();
  const { message } = App.useApp();
  const save = useSaveReportTexts(report.id, () => message.success(t('reports.saved')));
  if (!report.can.edit) {
    return (
      <Card title={t('reports.texts')} size="small">
        {REPORT_TEXT_KEYS.map((k) => (
          <div key={k}>
            <Typography.Text strong>{t(`reports.text.${k}`)}</Typography.Text>
            <Typography.Paragraph className="report-text">{report.texts[k] ?? '—'}</Typography.Paragraph>
          </div>
        ))}
      </Card>
    );
  }
  return (
    <Card title={t('reports.texts')} size="small">
      <Form<Values>
        layout="vertical"
        initialValues={Object.fromEntries(REPORT_TEXT_KEYS.map((k) => [k, report.texts[k] ?? undefined]))}
        onFinish={(values) => save.mutate(Object.fromEntries(REPORT_TEXT_KEYS.map((k) => [k, values[k]?.trim() || null])))}
      >
        {REPORT_TEXT_KEYS.map((k) => (
          <Form.Item key={k} name={k} label={t(`reports.text.${k}`)}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={20_000} />
          </Form.Item>
        ))}
        {save.isError && <Typography.Paragraph type="danger">{errorMessage(save.error, t)}</Typography.Paragraph>}
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('reports.saveTexts')}
        </Button>
      </Form>
    </Card>
  );
}

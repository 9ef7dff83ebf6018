import { DatePicker, Form, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { REPORT_PERIODS, type ReportPeriod } from '../../shared/report-vocabulary';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useCompileReport } from './queries';

type Values = { period: ReportPeriod; year: number; range?: [Dayjs, Dayjs] };

/** Picks the period; the server compiles the draft from the data and the report page opens on it. */
export function CompileReportModal({ year, onClose }: { year: number; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const period = Form.useWatch('period', form);
  const compile = useCompileReport(
    (v: Values) => ({ period: v.period, year: v.period === 'custom' && v.range ? v.range[0].year() : v.year, from: v.range?.[0].format('YYYY-MM-DD'), to: v.range?.[1].format('YYYY-MM-DD') }),
    (report) => navigate(`/bao-cao/${report.id}`),
  );
  return (
    <FormModal<Values> title={t('reports.compileTitle')} submit={compile} onClose={onClose} form={form} fields={['period', 'year', 'from', 'to']} initialValues={{ period: 'Q1', year }} okText={t('reports.compile')}>
      <Typography.Paragraph type="secondary">{t('reports.compileHelp')}</Typography.Paragraph>
      <Form.Item name="period" label={t('reports.period')} rules={[{ required: true }]}>
        <Select options={REPORT_PERIODS.map((p) => ({ value: p, label: t(`reports.period.${p}`) }))} />
      </Form.Item>
      {period === 'custom' ? (
        <Form.Item name="range" label={`${t('reports.from')} – ${t('reports.to')}`} rules={[{ required: true }]}>
          <DatePicker.RangePicker format={DATE_PICKER_FORMAT} />
        </Form.Item>
      ) : (
        <Form.Item name="year" label={t('reports.year')} rules={[{ required: true }]}>
          <InputNumber min={2010} max={2100} />
        </Form.Item>
      )}
    </FormModal>
  );
}

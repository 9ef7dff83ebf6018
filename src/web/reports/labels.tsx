import { Tag } from 'antd';
import type { ReportState } from '../../shared/report-vocabulary';
import { useT } from '../i18n/I18nProvider';

const COLORS: Record<ReportState, string> = { draft: 'default', approved: 'blue', submitted: 'green', returned: 'red' };

export function ReportStateTag({ state }: { state: ReportState }) {
  const t = useT();
  return <Tag color={COLORS[state]}>{t(`reports.state.${state}`)}</Tag>;
}

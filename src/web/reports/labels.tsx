import { Tag } from 'antd';
import type { ReportState } from '../../shared/report-vocabulary';
import { useT } from '../i18n/I18nProvider';
import { REPORT_STATE_COLORS } from './state-colors';


export function ReportStateTag({ state }: { state: ReportState }) {
  const t = useT();
  return <Tag color={REPORT_STATE_COLORS[state]}>{t(`reports.state.${state}`)}</Tag>;
}

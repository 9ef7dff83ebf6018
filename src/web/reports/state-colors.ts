import type { ReportState } from '../../shared/report-vocabulary';

/** A report's state as a tag's colour, the same on the reports pages (antd's Tag) and the home page (plain). */
export const REPORT_STATE_COLORS: Record<ReportState, 'default' | 'blue' | 'green' | 'red'> = { draft: 'default', approved: 'blue', submitted: 'green', returned: 'red' };

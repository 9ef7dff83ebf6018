import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { MatrixDto } from '../../shared/schemas/progress-matrix';
import { useT } from '../i18n/I18nProvider';
import { ExportJobButton } from '../jobs/ExportJobButton';

/**
 * The matrix's long exports: every occurrence of its body for the year as Excel, and for a department of
 * health looking at its bodies, the PDFs of their issued plans. Both run as jobs on the server.
 */
export function FollowUpExports({ data }: { data: MatrixDto }) {
  const t = useT();
  const params = { year: data.year, name: data.body.name };
  return (
    <>
      <ExportJobButton
        label={t('jobs.exportOccurrences')}
        help={t('jobs.exportOccurrencesHelp', params)}
        icon={<FileExcelOutlined />}
        request={{ kind: 'occurrences', bodyId: data.body.id, year: data.year }}
      />
      {data.scope === 'bodies' && (
        <ExportJobButton
          label={t('jobs.exportPlanPdfs')}
          help={t('jobs.exportPlanPdfsHelp', params)}
          icon={<FilePdfOutlined />}
          request={{ kind: 'plan-pdfs', bodyId: data.body.id, year: data.year }}
        />
      )}
    </>
  );
}

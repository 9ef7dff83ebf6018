import { App, Button, Modal, Tooltip, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import type { RequestExport } from '../../shared/schemas/jobs';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { JobProgress } from './JobProgress';
import { useRequestExport } from './queries';

type Props = { label: string; help: string; icon: ReactNode; request: RequestExport };

/** Asks the server for a long export and follows it in a dialog until its file can be downloaded. */
export function ExportJobButton({ label, help, icon, request }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const start = useRequestExport();
  const [jobId, setJobId] = useState<string | null>(null);
  const ask = () =>
    start.mutate(request, {
      onSuccess: (job) => setJobId(job.id),
      onError: (error) => message.warning(errorMessage(error, t)),
    });
  return (
    <>
      <Tooltip title={help}>
        <Button icon={icon} loading={start.isPending} onClick={ask}>
          {label}
        </Button>
      </Tooltip>
      {jobId && (
        <Modal open title={label} onCancel={() => setJobId(null)} footer={null} destroyOnHidden>
          <JobProgress jobId={jobId} />
          <Typography.Paragraph type="secondary" className="form-alert">
            {t('jobs.keepsRunning')}
          </Typography.Paragraph>
        </Modal>
      )}
    </>
  );
}

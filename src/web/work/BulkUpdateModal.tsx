import { Alert, App, Button, Modal, Space, Table, Typography } from 'antd';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { BeforeAfter, WorkbookDrop } from '../forms/WorkbookPreview';
import { useT, type Translate } from '../i18n/I18nProvider';
import { occurrenceStatusLabel } from './labels';
import { useApplyWorkbook, usePreviewWorkbook } from './queries';
import type { BulkPreviewDto } from '../../shared/schemas/occurrence-workbook';

type Change = BulkPreviewDto['changes'][number];
type Problem = BulkPreviewDto['problems'][number];

/**
 * Upload a filled-in workbook, see every change (before → after) and every row that cannot be saved
 * with its reason, then save the changes or cancel. Nothing is saved before "Lưu".
 */
export function BulkUpdateModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const preview = usePreviewWorkbook();
  const apply = useApplyWorkbook(() => {
    void message.success(t('work.bulk.saved', { count: preview.data?.changes.length ?? 0 }));
    onClose();
  });
  const result = preview.data;

  const footer = [
    <Button key="cancel" onClick={onClose}>
      {t('common.cancel')}
    </Button>,
    result && (
      <Button
        key="again"
        onClick={() => {
          preview.reset();
          apply.reset();
        }}
      >
        {t('work.bulk.otherFile')}
      </Button>
    ),
    result && (
      <Button key="save" type="primary" disabled={result.changes.length === 0} loading={apply.isPending} onClick={() => apply.mutate(result.changes)}>
        {t('work.bulk.save', { count: result.changes.length })}
      </Button>
    ),
  ];

  return (
    <Modal open width={1100} title={t('work.bulk.title')} onCancel={onClose} footer={footer} destroyOnHidden>
      {!result ? (
        <WorkbookDrop pending={preview.isPending} error={preview.error} onFile={(file) => preview.mutate(file)} text={t('work.bulk.drop')} hint={t('work.bulk.help')} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text strong>{t('work.bulk.summary', { changes: result.changes.length, problems: result.problems.length, unchanged: result.unchanged })}</Typography.Text>
          {apply.isError && <ApplyError error={apply.error} t={t} />}
          {result.changes.length === 0 ? <Alert type="info" showIcon title={t('work.bulk.noChanges')} /> : <ChangesTable changes={result.changes} t={t} />}
          {result.problems.length > 0 && <ProblemsTable problems={result.problems} t={t} />}
        </Space>
      )}
    </Modal>
  );
}

/** A value that changed shows struck through, then what it becomes, highlighted. */
function Diff<V>({ before, after, show }: { before: V; after: V; show: (value: V) => ReactNode }) {
  return before === after ? <>{show(after)}</> : <BeforeAfter before={show(before)} after={show(after)} />;
}

function ChangesTable({ changes, t }: { changes: Change[]; t: Translate }) {
  const note = (text: string | null) => (text ? <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> : '—');
  return (
    <Table<Change>
      size="small"
      rowKey="occurrenceId"
      title={() => t('work.bulk.changes')}
      dataSource={changes}
      pagination={changes.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 900 }}
      columns={[
        { title: t('work.bulk.row'), dataIndex: 'row', width: 70 },
        { title: t('work.task'), dataIndex: 'taskTitle' },
        { title: t('work.status'), key: 'status', width: 230, render: (_, c) => <Diff before={c.before.status} after={c.after.status} show={(s) => occurrenceStatusLabel(t, s)} /> },
        { title: t('work.progress'), key: 'progress', width: 130, render: (_, c) => <Diff before={c.before.progress} after={c.after.progress} show={(p) => `${p}%`} /> },
        { title: t('work.note'), key: 'note', width: 300, render: (_, c) => <Diff before={c.before.note} after={c.after.note} show={note} /> },
      ]}
    />
  );
}

function ProblemsTable({ problems, t }: { problems: Problem[]; t: Translate }) {
  return (
    <Table<Problem>
      size="small"
      rowKey={(p) => `${p.row}-${p.code}`}
      title={() => <Typography.Text type="danger">{t('work.bulk.problems')}</Typography.Text>}
      dataSource={problems}
      pagination={problems.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      columns={[
        { title: t('work.bulk.row'), dataIndex: 'row', width: 70 },
        { title: t('work.bulk.reason'), dataIndex: 'message', render: (text: string) => <Typography.Text type="danger">{text}</Typography.Text> },
      ]}
    />
  );
}

/** Saving refused as a whole: the server's reason, and each row it named. */
function ApplyError({ error, t }: { error: Error; t: Translate }) {
  const rows = error instanceof ApiError && Array.isArray(error.details) ? (error.details as { row?: number | null; message?: string }[]) : [];
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error, t)}
      description={
        rows.length > 0 && (
          <ul className="bulk-refusals">
            {rows.map((r, i) => (
              <li key={i}>{r.row ? t('work.bulk.rowProblem', { row: r.row, message: r.message ?? '' }) : r.message}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

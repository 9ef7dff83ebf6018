import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { api, ApiError } from '../api/client';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { BeforeAfter, WorkbookDrop } from '../forms/WorkbookPreview';
import { useT, type Translate } from '../i18n/I18nProvider';
import type { ApplyProcedureImport, ProcedureImportPreviewDto, ProcedureImportRowDto } from '../../shared/schemas/procedure-import';

type Row = ProcedureImportRowDto;
type Action = Row['action'];

const ACTION_COLOURS: Record<Action, string> = { create: 'green', update: 'blue', unchanged: 'default', error: 'red' };

/** What the person confirms: the rows the preview would add or correct, exactly as it showed them. */
function confirmedRows(preview: ProcedureImportPreviewDto): ApplyProcedureImport {
  const rows = preview.rows.flatMap((r) =>
    (r.action === 'create' || r.action === 'update') && r.code && r.name && r.field
      ? [{ row: r.row, action: r.action, code: r.code, name: r.name, field: r.field, level: r.level, processingTime: r.processingTime, fees: r.fees, legalBasis: r.legalBasis, decidingDocument: r.decidingDocument }]
      : [],
  );
  return { organizationId: preview.organization.id, rows };
}

/**
 * Import a published list of procedures (issue 13): choose an Excel file, see what each row would do —
 * add, correct the name or field, nothing, or why it cannot be taken — then import the rows that can, in
 * one go. Nothing is saved before "Nhập".
 */
export function ProcedureImportModal({ open, onClose, onApplied }: { open: boolean; onClose: () => void; onApplied: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const preview = useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api<ProcedureImportPreviewDto>('/api/procedures/import/preview', { method: 'POST', body: form });
    },
  });
  const apply = useMutation({
    mutationFn: (body: ApplyProcedureImport) => api<{ created: number; updated: number }>('/api/procedures/import/apply', { method: 'POST', body }),
    onSuccess: (saved) => {
      void message.success(t('procedureImport.applied', saved));
      onApplied();
      close();
    },
  });
  const close = () => {
    preview.reset();
    apply.reset();
    onClose();
  };
  const result = preview.data;
  const toImport = result ? result.counts.create + result.counts.update : 0;

  const footer = [
    <Button key="cancel" onClick={close}>
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
        {t('procedureImport.otherFile')}
      </Button>
    ),
    result && (
      <Button key="apply" type="primary" disabled={toImport === 0} loading={apply.isPending} onClick={() => apply.mutate(confirmedRows(result))}>
        {t('procedureImport.apply', { count: toImport })}
      </Button>
    ),
  ];

  return (
    <Modal open={open} width={1200} title={t('procedureImport.title')} onCancel={close} footer={footer} destroyOnHidden>
      {!result ? (
        <WorkbookDrop
          pending={preview.isPending}
          error={preview.error}
          onFile={(file) => preview.mutate(file)}
          text={preview.isPending ? t('procedureImport.reading') : t('procedureImport.drop')}
          hint={t('procedureImport.help')}
        />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text>{t('procedureImport.body', { name: result.organization.name })}</Typography.Text>
          <Typography.Text strong>{t('procedureImport.summary', result.counts)}</Typography.Text>
          {apply.isError && <ApplyError error={apply.error} t={t} />}
          {toImport === 0 && <Alert type="info" showIcon title={t('procedureImport.nothing')} />}
          {result.counts.error > 0 && <Alert type="warning" showIcon title={t('procedureImport.errorsSkipped')} />}
          {result.counts.update > 0 && <Alert type="info" showIcon title={t('procedureImport.updateNote')} />}
          <RowsTable rows={result.rows} t={t} />
        </Space>
      )}
    </Modal>
  );
}

/** A value the import corrects shows struck through, then what it becomes, highlighted. */
function Changed({ row, field, value }: { row: Row; field: 'name' | 'field'; value: string | null }) {
  const change = row.changes.find((c) => c.field === field);
  return change ? <BeforeAfter before={change.before} after={change.after} /> : <>{value ?? '—'}</>;
}

function DecidingDocument({ row, t }: { row: Row; t: Translate }) {
  if (!row.decidingDocument) return <>—</>;
  const document = row.recognisedDocument;
  return (
    <Space orientation="vertical" size={2}>
      <span>{row.decidingDocument}</span>
      {document && (
        <Space size={4} wrap>
          <Tag color={document.id ? 'blue' : 'default'} title={t(document.id ? 'procedureImport.registered' : 'procedureImport.newDocument')}>
            {document.code}
          </Tag>
        </Space>
      )}
      {row.effectiveOn && (
        <Typography.Text type="secondary">
          {t(row.effectiveOnFromDocument ? 'procedureImport.effectiveOn' : 'procedureImport.effectiveToday', { date: formatDate(row.effectiveOn) })}
        </Typography.Text>
      )}
    </Space>
  );
}

function RowsTable({ rows, t }: { rows: Row[]; t: Translate }) {
  return (
    <Table<Row>
      size="small"
      rowKey="row"
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      columns={[
        { title: t('procedureImport.row'), dataIndex: 'row', width: 70 },
        { title: t('procedureImport.code'), dataIndex: 'code', width: 130, render: (code: string | null) => code ?? '—' },
        { title: t('procedureImport.name'), key: 'name', render: (_, r) => <Changed row={r} field="name" value={r.name} /> },
        { title: t('procedureImport.field'), key: 'field', width: 200, render: (_, r) => <Changed row={r} field="field" value={r.field} /> },
        { title: t('procedureImport.decidingDocument'), key: 'document', width: 260, render: (_, r) => <DecidingDocument row={r} t={t} /> },
        {
          title: t('procedureImport.result'),
          key: 'result',
          width: 260,
          render: (_, r) => (
            <Space orientation="vertical" size={2}>
              <Tag color={ACTION_COLOURS[r.action]}>{t(`procedureImport.action.${r.action}`)}</Tag>
              {r.problems.map((p) => (
                <Typography.Text key={p.code} type="danger">
                  {p.message}
                </Typography.Text>
              ))}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** The import refused as a whole: the server's reason, and each row it named. */
function ApplyError({ error, t }: { error: Error; t: Translate }) {
  const rows = error instanceof ApiError && Array.isArray(error.details) ? (error.details as { row?: number | null; code?: string }[]).filter((d) => d.row && d.code) : [];
  return (
    <Alert
      type="error"
      showIcon
      title={errorMessage(error, t)}
      description={
        rows.length > 0 && (
          <ul>
            {rows.map((r, i) => (
              <li key={i}>{t('procedureImport.refusedRow', { row: r.row!, code: r.code! })}</li>
            ))}
          </ul>
        )
      }
    />
  );
}

import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, List, Popconfirm, Tooltip, Typography, Upload } from 'antd';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useRefreshProcedures, useRemoveProcedureForm } from './queries';

type FormFile = ProcedureDto['forms'][number];

/** The server's limit (FORM_FILES), checked first so a person is not kept waiting for a refusal. */
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx';

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`);

/** The forms (tờ khai, mẫu đơn) a citizen downloads; those who keep the procedure add and take them off. */
export function ProcedureForms({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useRemoveProcedureForm();
  const refresh = useRefreshProcedures();
  const editable = p.can.update;
  const removeButton = (file: FormFile) => (
    <Popconfirm
      title={t('procedures.removeFormConfirm', { name: file.name })}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove.mutate(file.id, {
          onSuccess: () => void message.success(t('procedures.formRemoved', { name: file.name })),
          onError: (error) => void message.error(errorMessage(error, t)),
        })
      }
    >
      <Tooltip title={t('procedures.removeForm', { name: file.name })}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('procedures.removeForm', { name: file.name })} />
      </Tooltip>
    </Popconfirm>
  );

  return (
    <>
      {p.forms.length === 0 ? (
        <Typography.Text type="secondary">{t('procedures.noForms')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={p.forms}
          renderItem={(file) => (
            <List.Item actions={editable ? [removeButton(file)] : undefined}>
              <a href={file.url} download={file.name}>
                <PaperClipOutlined /> {file.name}
              </a>
              <Typography.Text type="secondary" className="procedure-meta">
                {sizeText(file.size)}
              </Typography.Text>
            </List.Item>
          )}
        />
      )}
      {editable && (
        <div className="procedure-upload">
          <Upload
            name="file"
            action={`/api/procedures/${p.id}/forms`}
            accept={ACCEPT}
            showUploadList={false}
            beforeUpload={(file) => {
              if (file.size > MAX_BYTES) {
                void message.error(`${file.name}: ${t('procedures.tooLarge')}`);
                return Upload.LIST_IGNORE;
              }
              return true;
            }}
            onChange={({ file }) => {
              if (file.status === 'done') {
                void message.success(t('procedures.formUploaded', { name: file.name }));
                void refresh();
              } else if (file.status === 'error') {
                const reason = (file.response as { error?: { message?: string } } | undefined)?.error?.message;
                void message.error(reason ?? t('procedures.uploadFailed', { name: file.name }));
              }
            }}
          >
            <Button icon={<UploadOutlined />}>{t('procedures.uploadForm')}</Button>
          </Upload>
          <Typography.Text type="secondary" className="procedure-meta procedure-upload-help">
            {t('procedures.formHelp')}
          </Typography.Text>
        </div>
      )}
    </>
  );
}

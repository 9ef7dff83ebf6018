import { ArrowRightOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Space, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import { errorMessage } from './errors';
import { useT } from '../i18n/I18nProvider';

/**
 * The first step of every upload-then-preview dialog (the bulk progress update, a list of procedures):
 * drop or choose one .xlsx, sent by the caller's own request, with the reason when it is refused.
 */
export function WorkbookDrop({ pending, error, onFile, text, hint }: { pending: boolean; error: Error | null; onFile: (file: File) => void; text: string; hint: string }) {
  const t = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Upload.Dragger
        accept=".xlsx"
        maxCount={1}
        showUploadList={false}
        disabled={pending}
        beforeUpload={(file) => {
          onFile(file);
          // The file goes through our own request, not the component's.
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{text}</p>
        <p className="ant-upload-hint">{hint}</p>
      </Upload.Dragger>
      {error && <Alert type="error" showIcon title={errorMessage(error, t)} />}
    </Space>
  );
}

/** A value the upload would change: what it was, struck through, then what it becomes, highlighted. */
export function BeforeAfter({ before, after }: { before: ReactNode; after: ReactNode }) {
  return (
    <Space size={4} wrap>
      <Typography.Text delete type="secondary">
        {before}
      </Typography.Text>
      <ArrowRightOutlined />
      <Typography.Text mark strong>
        {after}
      </Typography.Text>
    </Space>
  );
}

import { DeleteOutlined, PaperClipOutlined, PictureOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Image, List, Popconfirm, Tooltip, Typography, Upload } from 'antd';
import type { ReactNode } from 'react';
import type { MediaItemDto } from '../../shared/schemas/media';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { useDeleteMediaFile, useRefreshMediaItem } from './queries';

type FileDto = MediaItemDto['files'][number];

const LIMITS: Record<FileDto['kind'], { bytes: number; accept: string; button: MessageKey; help: MessageKey; icon: ReactNode }> = {
  image: { bytes: 5 * 1024 * 1024, accept: '.jpg,.jpeg,.png,.webp,.gif', button: 'media.uploadImage', help: 'media.imageHelp', icon: <PictureOutlined /> },
  attachment: {
    bytes: 20 * 1024 * 1024,
    accept: '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.zip',
    button: 'media.uploadAttachment',
    help: 'media.attachmentHelp',
    icon: <UploadOutlined />,
  },
};

/** The item's images and attachments; while it may be edited, uploads and removals too. */
export function MediaFiles({ item, editable }: { item: MediaItemDto; editable: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const remove = useDeleteMediaFile(item.id);
  const images = item.files.filter((f) => f.kind === 'image');
  const attachments = item.files.filter((f) => f.kind === 'attachment');
  const deleteButton = (file: FileDto, className?: string) =>
    editable && (
      <Popconfirm
        title={t('media.deleteFileConfirm', { name: file.name })}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          remove.mutate(file.id, {
            onSuccess: () => void message.success(t('media.fileDeleted', { name: file.name })),
            onError: (error) => void message.error(errorMessage(error, t)),
          })
        }
      >
        <Tooltip title={t('media.deleteFile', { name: file.name })}>
          <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('media.deleteFile', { name: file.name })} className={className} />
        </Tooltip>
      </Popconfirm>
    );

  return (
    <>
      {item.files.length === 0 && <Typography.Text type="secondary">{t('media.noFiles')}</Typography.Text>}
      {images.length > 0 && (
        <Image.PreviewGroup>
          <div className="media-images">
            {images.map((file) => (
              <div key={file.id} className="media-image">
                <Image src={file.url} alt={file.name} />
                {deleteButton(file, 'media-image-delete')}
              </div>
            ))}
          </div>
        </Image.PreviewGroup>
      )}
      {attachments.length > 0 && (
        <List
          size="small"
          className="media-attachments"
          dataSource={attachments}
          renderItem={(file) => (
            <List.Item actions={editable ? [deleteButton(file)] : undefined}>
              <a href={file.url}>
                <PaperClipOutlined /> {file.name}
              </a>
            </List.Item>
          )}
        />
      )}
      {editable && (
        <div className="media-upload-row">
          <FileUpload itemId={item.id} kind="image" />
          <FileUpload itemId={item.id} kind="attachment" />
        </div>
      )}
    </>
  );
}

function FileUpload({ itemId, kind }: { itemId: string; kind: FileDto['kind'] }) {
  const t = useT();
  const { message } = App.useApp();
  const refresh = useRefreshMediaItem(itemId);
  const limits = LIMITS[kind];
  return (
    <div>
      <Upload
        name="file"
        action={`/api/media-items/${itemId}/files`}
        // Sent before the file in the multipart body, so the server knows what it receives first.
        data={{ kind }}
        accept={limits.accept}
        multiple
        showUploadList={false}
        beforeUpload={(file) => {
          if (file.size > limits.bytes) {
            void message.error(`${file.name}: ${t('media.tooLarge')}`);
            return Upload.LIST_IGNORE;
          }
          return true;
        }}
        onChange={({ file }) => {
          if (file.status === 'done') {
            void message.success(t('media.uploaded', { name: file.name }));
            void refresh();
          } else if (file.status === 'error') {
            const reason = (file.response as { error?: { message?: string } } | undefined)?.error?.message;
            void message.error(reason ?? t('media.uploadFailed', { name: file.name }));
          }
        }}
      >
        <Button icon={limits.icon}>{t(limits.button)}</Button>
      </Upload>
      <Typography.Text type="secondary" className="media-file-help">
        {t(limits.help)}
      </Typography.Text>
    </div>
  );
}

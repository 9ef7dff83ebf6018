import { UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Input, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { EvidenceList } from './EvidenceList';
import { useAddEvidenceLink, useEvidence, useRefreshEvidence, useRemoveEvidence, type AddedEvidenceDto } from './queries';

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.zip';

/**
 * The evidence of one period while its unit works on it: files and links added, and taken off again.
 * A file already attached is kept, and the person is asked whether they meant it; "no" removes the copy.
 */
export function EvidenceSection({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const evidence = useEvidence(occurrenceId);
  const refresh = useRefreshEvidence(occurrenceId);
  const [link, setLink] = useState({ url: '', name: '' });
  const addLink = useAddEvidenceLink(occurrenceId, () => setLink({ url: '', name: '' }));
  const remove = useRemoveEvidence();

  const removeOne = (id: string, name: string) =>
    remove.mutate(id, { onSuccess: () => void message.success(t('work.evidenceRemoved', { name })), onError: (error) => void message.error(errorMessage(error, t)) });

  const uploaded = (added: AddedEvidenceDto) => {
    void refresh();
    if (!added.duplicateOf) return void message.success(t('work.uploaded', { name: added.name }));
    modal.confirm({
      title: t('work.duplicateTitle'),
      content: t('work.duplicateQuestion', { date: formatDate(added.duplicateOf.createdAt), name: added.duplicateOf.name }),
      okText: t('work.duplicateKeep'),
      cancelText: t('work.duplicateUndo'),
      onCancel: () => removeOne(added.id, added.name),
    });
  };

  return (
    <>
      <Divider titlePlacement="start">{t('work.evidence')}</Divider>
      <EvidenceList items={evidence.data?.items ?? []} onRemove={(e) => removeOne(e.id, e.name)} removing={remove.isPending ? remove.variables : null} />
      <Space orientation="vertical" style={{ width: '100%', marginTop: 8 }}>
        <Upload
          name="file"
          action={`/api/occurrences/${occurrenceId}/evidence`}
          accept={ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            if (file.size > MAX_BYTES) {
              void message.error(t('work.tooLarge'));
              return Upload.LIST_IGNORE;
            }
            return true;
          }}
          onChange={({ file }) => {
            if (file.status === 'done') uploaded(file.response as AddedEvidenceDto);
            else if (file.status === 'error') {
              const reason = (file.response as { error?: { message?: string } } | undefined)?.error?.message;
              void message.error(reason ?? t('work.uploadFailed', { name: file.name }));
            }
          }}
        >
          <Button icon={<UploadOutlined />}>{t('work.uploadFile')}</Button>
        </Upload>
        <Typography.Text type="secondary">{t('work.uploadHelp')}</Typography.Text>
        {/* Stacked on a phone: side by side, the name field shrank to its first letter. */}
        <Row gutter={[8, 8]} className="evidence-link-form">
          <Col xs={24} sm={9}>
            <Input aria-label={t('work.linkName')} placeholder={t('work.linkName')} value={link.name} onChange={(e) => setLink({ ...link, name: e.target.value })} />
          </Col>
          <Col xs={24} sm={10}>
            <Input aria-label={t('work.linkUrl')} placeholder={t('work.linkUrl')} value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} />
          </Col>
          <Col xs={24} sm={5}>
            <Button block loading={addLink.isPending} disabled={!link.url.trim() || !link.name.trim()} onClick={() => addLink.mutate({ url: link.url.trim(), name: link.name.trim() })}>
              {t('work.addLink')}
            </Button>
          </Col>
        </Row>
        {addLink.isError && <Typography.Text type="danger">{errorMessage(addLink.error, t)}</Typography.Text>}
      </Space>
    </>
  );
}

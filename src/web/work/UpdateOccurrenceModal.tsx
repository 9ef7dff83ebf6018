import { LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Col, Divider, Empty, Form, Input, InputNumber, List, Row, Select, Slider, Space, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { FormModal } from '../forms/FormModal';
import { errorMessage } from '../forms/errors';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { OccurrenceMediaItems } from '../media/OccurrenceMediaItems';
import { OccurrenceStatusTag, UNIT_STATUSES, occurrenceStatusLabel } from './labels';
import { useAddEvidenceLink, useEvidence, useOccurrenceHistory, useRefreshEvidence, useUpdateOccurrence, type OccurrenceStatus } from './queries';

type Values = { status: OccurrenceStatus; progress: number; note?: string | null };

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.jpg,.jpeg,.png,.zip';

/** A unit records its work on one period: status, progress, the result, the evidence; with its history. */
export function UpdateOccurrenceModal({ occurrence, onClose }: { occurrence: OccurrenceDto; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const save = useUpdateOccurrence(
    occurrence.id,
    (values: Values) => ({ status: values.status, progress: values.progress, note: values.note?.trim() || null }),
    () => {
      void message.success(t('work.saved'));
      onClose();
    },
  );
  return (
    <FormModal<Values>
      title={t('work.updateTitle', { task: occurrence.taskTitle })}
      submit={save}
      onClose={onClose}
      width={760}
      fields={['status', 'progress', 'note']}
      initialValues={{ status: occurrence.status === 'done' ? 'in_progress' : occurrence.status, progress: occurrence.progress, note: occurrence.note }}
    >
      <Row gutter={16}>
        <Col xs={24} sm={10}>
          <Form.Item name="status" label={t('work.status')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={UNIT_STATUSES.map((s) => ({ value: s, label: occurrenceStatusLabel(t, s) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={14}>
          <Form.Item label={t('work.progress')} required>
            <Row gutter={8} align="middle">
              <Col flex="auto">
                <Form.Item name="progress" noStyle>
                  <Slider min={0} max={100} />
                </Form.Item>
              </Col>
              <Col>
                <Form.Item name="progress" noStyle>
                  <InputNumber aria-label={t('work.progress')} min={0} max={100} precision={0} suffix="%" style={{ width: 90 }} />
                </Form.Item>
              </Col>
            </Row>
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('work.note')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <EvidenceSection occurrenceId={occurrence.id} />
      <OccurrenceMediaItems occurrenceId={occurrence.id} />
      <HistorySection occurrenceId={occurrence.id} />
    </FormModal>
  );
}

function EvidenceSection({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const evidence = useEvidence(occurrenceId);
  const refresh = useRefreshEvidence(occurrenceId);
  const [link, setLink] = useState({ url: '', name: '' });
  const addLink = useAddEvidenceLink(occurrenceId, () => setLink({ url: '', name: '' }));
  const items = evidence.data?.items ?? [];

  return (
    <>
      <Divider titlePlacement="start">{t('work.evidence')}</Divider>
      {items.length === 0 ? (
        <Typography.Text type="secondary">{t('work.noEvidence')}</Typography.Text>
      ) : (
        <List
          size="small"
          className="evidence-list"
          dataSource={items}
          renderItem={(e) => (
            <List.Item>
              <Space>
                {e.kind === 'file' ? <PaperClipOutlined /> : <LinkOutlined />}
                <a href={e.url ?? undefined} target={e.kind === 'link' ? '_blank' : undefined} rel="noreferrer">
                  {e.name}
                </a>
                <Typography.Text type="secondary">
                  {[e.createdBy, formatDateTime(e.createdAt)].filter(Boolean).join(' · ')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
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
            if (file.status === 'done') {
              void message.success(t('work.uploaded', { name: file.name }));
              void refresh();
            } else if (file.status === 'error') {
              const reason = (file.response as { error?: { message?: string } } | undefined)?.error?.message;
              void message.error(reason ?? t('work.uploadFailed', { name: file.name }));
            }
          }}
        >
          <Button icon={<UploadOutlined />}>{t('work.uploadFile')}</Button>
        </Upload>
        <Typography.Text type="secondary">{t('work.uploadHelp')}</Typography.Text>
        <Space.Compact style={{ width: '100%' }}>
          <Input aria-label={t('work.linkName')} placeholder={t('work.linkName')} value={link.name} onChange={(e) => setLink({ ...link, name: e.target.value })} style={{ width: '35%' }} />
          <Input aria-label={t('work.linkUrl')} placeholder={t('work.linkUrl')} value={link.url} onChange={(e) => setLink({ ...link, url: e.target.value })} />
          <Button loading={addLink.isPending} disabled={!link.url.trim() || !link.name.trim()} onClick={() => addLink.mutate({ url: link.url.trim(), name: link.name.trim() })}>
            {t('work.addLink')}
          </Button>
        </Space.Compact>
        {addLink.isError && <Typography.Text type="danger">{errorMessage(addLink.error, t)}</Typography.Text>}
      </Space>
    </>
  );
}

function HistorySection({ occurrenceId }: { occurrenceId: string }) {
  const t = useT();
  const history = useOccurrenceHistory(occurrenceId);
  const items = history.data?.items ?? [];
  return (
    <>
      <Divider titlePlacement="start">{t('work.history')}</Divider>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('work.noHistory')} />
      ) : (
        <Timeline
          items={items.map((e, i) => ({
            key: i,
            color: e.kind === 'review' ? 'green' : 'blue',
            title: `${formatDateTime(e.at)}${e.actor ? ` · ${e.actor}` : ''}`,
            content: (
              <Space orientation="vertical" size={0}>
                <Space size={4}>
                  <OccurrenceStatusTag status={e.status as OccurrenceStatus} />
                  <span>{e.progress}%</span>
                </Space>
                {e.note && <Typography.Text>{e.note}</Typography.Text>}
                {e.comment && <Typography.Text type="secondary">{`${t('work.comment')}: ${e.comment}`}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      )}
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CitationDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { legalKindLabel } from './labels';
import { useCodesInRegistry, useRecognizeCitations } from './queries';

type Props = {
  /** Offered the "add to registry" button for citations the registry does not hold; absent for those who may not add. */
  onAdd?: (citation: CitationDto) => void;
};

/** Reads the documents a pasted text cites and tells which of them the registry already holds. */
export function CitationRecognizer({ onAdd }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const recognize = useRecognizeCitations();
  const citations = recognize.data?.citations ?? [];
  const known = useCodesInRegistry(citations.map((c) => c.code));

  return (
    <Card size="small" title={t('citations.title')} className="citation-card">
      <Typography.Paragraph type="secondary">{t('citations.help')}</Typography.Paragraph>
      <Input.TextArea
        aria-label={t('citations.text')}
        placeholder={t('citations.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={500_000}
      />
      <div className="citation-actions">
        <Button type="primary" disabled={!text.trim()} loading={recognize.isPending} onClick={() => recognize.mutate(text)}>
          {t('citations.submit')}
        </Button>
        {recognize.isSuccess && (
          <Typography.Text type="secondary">{citations.length ? t('citations.found', { n: citations.length }) : t('citations.none')}</Typography.Text>
        )}
      </div>
      {recognize.isError && <Alert type="error" showIcon title={errorMessage(recognize.error, t)} className="form-alert" />}
      {citations.length > 0 && (
        <Table<CitationDto & { known?: boolean }>
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 720 }}
          dataSource={citations.map((c, i) => ({ ...c, known: known[i] }))}
          columns={[
            { key: 'kind', title: t('legalDocs.kind'), render: (_, c) => legalKindLabel(t, c.kind) },
            { key: 'code', title: t('legalDocs.code'), render: (_, c) => <span className="nowrap">{c.code}</span> },
            { key: 'date', title: t('citations.date'), render: (_, c) => formatDate(c.date) },
            { key: 'issuer', title: t('legalDocs.issuer'), dataIndex: 'issuer' },
            {
              key: 'registry',
              title: t('citations.registry'),
              width: 200,
              render: (_, c) => {
                if (c.known === undefined) return <Spin size="small" />;
                if (c.known) return <Tag color="green">{t('citations.inRegistry')}</Tag>;
                if (!onAdd) return <Tag>{t('citations.notInRegistry')}</Tag>;
                return (
                  <Button size="small" icon={<PlusOutlined />} onClick={() => onAdd(c)}>
                    {t('citations.addToRegistry')}
                  </Button>
                );
              },
            },
          ]}
        />
      )}
    </Card>
  );
}

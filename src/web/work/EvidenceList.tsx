import { DeleteOutlined, LinkOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, List, Popconfirm, Typography } from 'antd';
import { formatDateTime } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import type { EvidenceDto } from './queries';

type Props = {
  items: readonly EvidenceDto[];
  /** Offered while the work is open to its units; absent where evidence is only read. */
  onRemove?: (evidence: EvidenceDto) => void;
  removing?: string | null;
};

/** The files (downloaded through the API) and links given as evidence, with who added them and when. */
export function EvidenceList({ items, onRemove, removing }: Props) {
  const t = useT();
  if (items.length === 0) return <Typography.Text type="secondary">{t('work.noEvidence')}</Typography.Text>;
  return (
    <List
      size="small"
      className="evidence-list"
      dataSource={[...items]}
      renderItem={(e) => (
        <List.Item
          actions={
            onRemove && [
              <Popconfirm key="remove" title={t('work.removeEvidenceConfirm', { name: e.name })} okText={t('work.removeEvidence')} cancelText={t('common.cancel')} onConfirm={() => onRemove(e)}>
                <Button size="small" type="text" danger icon={<DeleteOutlined />} loading={removing === e.id} aria-label={`${t('work.removeEvidence')} ${e.name}`}>
                  {t('work.removeEvidence')}
                </Button>
              </Popconfirm>,
            ]
          }
        >
          <div className="evidence-item">
            {e.kind === 'file' ? <PaperClipOutlined /> : <LinkOutlined />}
            <a href={e.url ?? undefined} target={e.kind === 'link' ? '_blank' : undefined} rel="noreferrer" download={e.kind === 'file' ? e.name : undefined}>
              {e.name}
            </a>
            <Typography.Text type="secondary" className="evidence-meta">
              {[e.createdByName, formatDateTime(e.createdAt)].filter(Boolean).join(' · ')}
            </Typography.Text>
          </div>
        </List.Item>
      )}
    />
  );
}

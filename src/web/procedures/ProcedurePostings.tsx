import { LinkOutlined } from '@ant-design/icons';
import { Image, List, Space, Tag, Typography } from 'antd';
import type { PostingDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { postingPlaceLabel } from './labels';

/** Where and when the procedure was posted, by whom, with the photo or link that proves it; newest first, as the server sends them. */
export function ProcedurePostings({ postings, currentVersion }: { postings: PostingDto[]; currentVersion: number }) {
  const t = useT();
  if (postings.length === 0) return <Typography.Text type="secondary">{t('procedures.noPostings')}</Typography.Text>;
  return (
    <List<PostingDto>
      size="small"
      className="procedure-postings"
      dataSource={postings}
      renderItem={(x) => (
        <List.Item>
          <div className="procedure-posting">
            <div className="procedure-posting-head">
              <Typography.Text strong>{postingPlaceLabel(t, x.place)}</Typography.Text>
              <span className="nowrap">{formatDate(x.postedOn)}</span>
            </div>
            <Space size={[4, 0]} wrap>
              <Tag color={x.version === currentVersion ? 'green' : 'default'}>{t('procedures.postedVersion', { version: x.version })}</Tag>
              {x.postedByName && <Typography.Text type="secondary">{t('procedures.postedBy', { name: x.postedByName })}</Typography.Text>}
            </Space>
            {x.note && <Typography.Text type="secondary">{x.note}</Typography.Text>}
            {x.proofUrl && (
              <a href={x.proofUrl} target="_blank" rel="noopener noreferrer" title={x.proofUrl} className="procedure-posting-link">
                <LinkOutlined /> {x.proofUrl}
              </a>
            )}
            {x.proofFile &&
              (x.proofFile.mediaType.startsWith('image/') ? (
                <Image src={x.proofFile.url} alt={t('procedures.proofPhotoOf', { name: x.proofFile.name })} className="procedure-proof-photo" />
              ) : (
                <a href={x.proofFile.url} target="_blank" rel="noopener noreferrer">
                  {x.proofFile.name}
                </a>
              ))}
          </div>
        </List.Item>
      )}
    />
  );
}

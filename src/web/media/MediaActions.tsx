import { CheckCircleOutlined, CloudUploadOutlined, EditOutlined, PlusOutlined, RollbackOutlined, SendOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { MediaTransitionTarget } from '../../shared/media-vocabulary';
import type { MediaItemDto } from '../../shared/schemas/media';
import { useT } from '../i18n/I18nProvider';
import { mediaEditPath } from './labels';
import { MediaTransitionModal } from './MediaTransitionModal';

/** In the order the work goes; the forward move is the primary button. */
const MOVES: { to: MediaTransitionTarget; icon: ReactNode; primary?: boolean }[] = [
  { to: 'submitted', icon: <SendOutlined />, primary: true },
  { to: 'approved', icon: <CheckCircleOutlined />, primary: true },
  { to: 'published', icon: <CloudUploadOutlined />, primary: true },
  { to: 'returned', icon: <RollbackOutlined /> },
  { to: 'unpublished', icon: <StopOutlined /> },
];

/** Editing and exactly the moves the server says this person may make now. */
export function MediaActions({ item }: { item: MediaItemDto }) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [target, setTarget] = useState<MediaTransitionTarget | null>(null);
  const publishedAlready = item.state === 'published';

  return (
    <Space wrap>
      {item.can.edit && (
        <Button icon={<EditOutlined />} onClick={() => navigate(mediaEditPath(item.id))}>
          {t('common.edit')}
        </Button>
      )}
      {MOVES.filter((move) => item.can.transitions.includes(move.to)).map((move) => {
        const again = move.to === 'published' && publishedAlready;
        return (
          <Button key={move.to} type={move.primary && !again ? 'primary' : 'default'} icon={again ? <PlusOutlined /> : move.icon} onClick={() => setTarget(move.to)}>
            {t(again ? 'mediaAction.publishAgain' : `mediaAction.${move.to}`)}
          </Button>
        );
      })}
      {target && (
        <MediaTransitionModal
          item={item}
          target={target}
          onClose={() => setTarget(null)}
          onDone={() => {
            void message.success(t(`mediaAction.${target}Done`));
            setTarget(null);
          }}
        />
      )}
    </Space>
  );
}

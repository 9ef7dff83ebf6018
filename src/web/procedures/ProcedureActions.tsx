import { EditOutlined, FileAddOutlined, PushpinOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { eventKindLabel } from './labels';
import { PostingModal } from './PostingModal';
import { ProcedureEventModal } from './ProcedureEventModal';
import { ProcedureFormModal } from './ProcedureFormModal';

type Open = 'edit' | 'event' | 'post' | null;

/**
 * What the person may do with the procedure, as the server says on it (`can`). Icons are hidden from
 * screen readers so each button is named by its words alone.
 */
export function ProcedureActions({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  const { message } = App.useApp();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  if (!p.can.update && !p.can.post) return null;
  return (
    <>
      <Space wrap>
        {p.can.post && (
          <Button type={p.standing === 'posted' ? 'default' : 'primary'} icon={<PushpinOutlined aria-hidden />} onClick={() => setOpen('post')}>
            {t('procedures.post')}
          </Button>
        )}
        {p.can.update && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setOpen('edit')}>
            {t('common.edit')}
          </Button>
        )}
        {p.can.update && (
          <Button icon={<FileAddOutlined aria-hidden />} onClick={() => setOpen('event')}>
            {t('procedures.addEvent')}
          </Button>
        )}
      </Space>
      {open === 'edit' && (
        <ProcedureFormModal
          editing={p}
          bodyId={p.organization.id}
          onClose={close}
          onSaved={(saved) => {
            close();
            void message.success(t('procedures.saved', { code: saved.code }));
          }}
        />
      )}
      {open === 'event' && (
        <ProcedureEventModal
          procedure={p}
          onClose={close}
          onSaved={(event) => {
            close();
            void message.success(t('procedures.eventSaved', { kind: eventKindLabel(t, event.kind), date: formatDate(event.effectiveOn) }));
          }}
        />
      )}
      {open === 'post' && (
        <PostingModal
          procedure={p}
          onClose={close}
          onSaved={() => {
            close();
            void message.success(t('procedures.postedMessage', { code: p.code }));
          }}
        />
      )}
    </>
  );
}

import { CheckOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space } from 'antd';
import type { SurveyDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useSurveyMove } from './queries';

/** Publishing a draft and closing an open survey, as the server offers them on it (`can`). */
export function SurveyActions({ survey: s }: { survey: SurveyDto }) {
  const t = useT();
  const { message } = App.useApp();
  const move = useSurveyMove(s.id);
  const run = (to: 'publish' | 'close') =>
    move.mutate(to, {
      onSuccess: () => void message.success(t(to === 'publish' ? 'surveys.publishedMessage' : 'surveys.closedMessage')),
      onError: (error) => void message.error(errorMessage(error, t)),
    });
  if (!s.can.publish && !s.can.close) return null;
  return (
    <Space wrap>
      {s.can.publish && (
        <Popconfirm title={t('surveys.publishConfirm')} okText={t('surveys.publish')} cancelText={t('common.cancel')} onConfirm={() => run('publish')}>
          <Button type="primary" icon={<CheckOutlined aria-hidden />} loading={move.isPending && move.variables === 'publish'}>
            {t('surveys.publish')}
          </Button>
        </Popconfirm>
      )}
      {s.can.close && (
        <Popconfirm title={t('surveys.closeConfirm')} okText={t('surveys.close')} cancelText={t('common.cancel')} onConfirm={() => run('close')}>
          <Button danger icon={<StopOutlined aria-hidden />} loading={move.isPending && move.variables === 'close'}>
            {t('surveys.close')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}

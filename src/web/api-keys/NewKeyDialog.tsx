import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Typography } from 'antd';
import { useT } from '../i18n/I18nProvider';
import type { CreatedApiKey } from './queries';

/**
 * The one time a key's secret shows (the server keeps only its hash): the key to copy, a command that tries it
 * on this very server, and the warning that it will not show again. The page holds `created` only while this
 * is open, so closing it forgets the secret.
 */
export function NewKeyDialog({ created, onClose }: { created: CreatedApiKey; onClose: () => void }) {
  const t = useT();
  const { apiKey, token } = created;
  const command = `curl -H "Authorization: Bearer ${token}" ${window.location.origin}/api/plans`;
  const copyable = (text: string, label: string) => ({
    text,
    tooltips: [label, t('apiKeys.copied')],
    icon: [
      <span key="copy" className="api-key-copy">
        <CopyOutlined aria-hidden /> {label}
      </span>,
      <span key="copied" className="api-key-copy">
        <CheckOutlined aria-hidden /> {t('apiKeys.copied')}
      </span>,
    ],
  });

  return (
    <Modal
      open
      width={760}
      title={t('apiKeys.newTitle', { name: apiKey.name })}
      onCancel={onClose}
      maskClosable={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('apiKeys.done')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('apiKeys.onceWarning')} className="form-alert" />
      <div className="api-key-label">{t('apiKeys.token')}</div>
      <Typography.Paragraph copyable={copyable(token, t('apiKeys.copyKey'))} className="api-key-box">
        <code className="api-key-secret">{token}</code>
      </Typography.Paragraph>
      <div className="api-key-label">{t('apiKeys.example')}</div>
      <Typography.Paragraph copyable={copyable(command, t('apiKeys.copyCommand'))} className="api-key-box">
        <code className="api-key-command">{command}</code>
      </Typography.Paragraph>
      <Typography.Text type="secondary">
        {t('apiKeys.exampleHelp')}{' '}
        <a href="/api/docs" target="_blank" rel="noreferrer">
          {t('apiKeys.docs')}
        </a>
      </Typography.Text>
    </Modal>
  );
}

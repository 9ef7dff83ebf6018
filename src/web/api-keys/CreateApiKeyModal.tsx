import { Form, Input, InputNumber, Radio } from 'antd';
import { API_KEY_DEFAULT_RATE, API_KEY_RATE_BOUNDS, API_KEY_SCOPES } from '../../shared/schemas/api-keys';
import type { OrganizationDto } from '../api/types';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { OrganizationTreeSelect } from '../organizations/OrganizationTreeSelect';
import { useCreateApiKey, type ApiKeyInput, type CreatedApiKey } from './queries';

type Values = ApiKeyInput;

const FIELDS = ['name', 'organizationId', 'scope', 'requestsPerMinute'] as const;
const SCOPE_HELP = { read: 'apiKeys.scopeReadHelp', write: 'apiKeys.scopeWriteHelp' } as const;

type Props = {
  /** The bodies the person may make a key for; the picker shows only when there is a choice. */
  bodies: readonly OrganizationDto[];
  defaultBodyId: string | undefined;
  onClose: () => void;
  onCreated: (created: CreatedApiKey) => void;
};

export function CreateApiKeyModal({ bodies, defaultBodyId, onClose, onCreated }: Props) {
  const t = useT();
  const create = useCreateApiKey(onCreated);

  return (
    <FormModal<Values>
      title={t('apiKeys.create')}
      okText={t('apiKeys.submit')}
      submit={create}
      onClose={onClose}
      fields={FIELDS}
      initialValues={{ organizationId: defaultBodyId, scope: 'read', requestsPerMinute: API_KEY_DEFAULT_RATE }}
    >
      <Form.Item name="name" label={t('apiKeys.name')} extra={t('apiKeys.nameHelp')} rules={[{ required: true, whitespace: true, message: t('apiKeys.nameRequired') }]}>
        <Input maxLength={120} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="organizationId"
        label={t('apiKeys.body')}
        extra={t('apiKeys.bodyHelp')}
        hidden={bodies.length < 2}
        rules={[{ required: true, message: t('apiKeys.bodyRequired') }]}
      >
        <OrganizationTreeSelect items={bodies} />
      </Form.Item>
      <Form.Item name="scope" label={t('apiKeys.scope')}>
        <Radio.Group orientation="vertical" className="api-key-scopes">
          {API_KEY_SCOPES.map((scope) => (
            <Radio key={scope} value={scope}>
              <strong>{t(`apiKeys.scope.${scope}`)}</strong>
              <div className="api-key-scope-help">{t(SCOPE_HELP[scope])}</div>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      <Form.Item
        name="requestsPerMinute"
        label={t('apiKeys.rateLabel')}
        extra={t('apiKeys.rateHelp', { default: API_KEY_DEFAULT_RATE, ...API_KEY_RATE_BOUNDS })}
        rules={[{ required: true, type: 'integer', ...API_KEY_RATE_BOUNDS, message: t('apiKeys.rateInvalid', API_KEY_RATE_BOUNDS) }]}
      >
        <InputNumber min={API_KEY_RATE_BOUNDS.min} max={API_KEY_RATE_BOUNDS.max} step={10} precision={0} className="full-width" />
      </Form.Item>
    </FormModal>
  );
}

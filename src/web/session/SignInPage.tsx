import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { MeDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ME_QUERY_KEY } from './useMe';

type Credentials = { username: string; password: string };

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const signIn = useMutation({
    mutationFn: (credentials: Credentials) => api<MeDto>('/api/auth/login', { method: 'POST', body: credentials }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void navigate('/', { replace: true });
    },
  });

  return (
    <div className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="sign-in-card">
        <Typography.Title level={3} className="sign-in-title">
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="sign-in-subtitle">
          {t('signIn.subtitle')}
        </Typography.Paragraph>
        {signIn.isError && <Alert type="error" showIcon title={errorMessage(signIn.error, t)} className="form-alert" />}
        <Form<Credentials> layout="vertical" requiredMark={false} onFinish={(values) => signIn.mutate(values)} disabled={signIn.isPending}>
          <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, whitespace: true, message: t('signIn.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus size="large" />
          </Form.Item>
          <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: t('signIn.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </div>
  );
}

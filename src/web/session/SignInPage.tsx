import { CloseCircleFilled, EyeInvisibleOutlined, EyeOutlined, LoadingOutlined, LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import { api } from '../api/client';
import type { MeDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { missingCredentials, type Credentials, type MissingCredentials } from './missing-credentials';
import { ME_QUERY_KEY } from './useMe';
import './sign-in.css';

type Field = keyof Credentials;

/**
 * The first page most people see, so it carries none of antd (issue 17): plain markup drawn like antd's
 * card, large inputs, primary button and error alert (sign-in.css); antd comes with the signed-in shell.
 */
export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const [missing, setMissing] = useState<MissingCredentials>({});
  const [showPassword, setShowPassword] = useState(false);
  const signIn = useMutation({
    mutationFn: (body: Credentials) => api<MeDto>('/api/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      queryClient.clear();
      queryClient.setQueryData(ME_QUERY_KEY, me);
      void navigate('/', { replace: true });
    },
  });

  const change = (field: Field) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...credentials, [field]: event.target.value };
    setCredentials(next);
    // Once a field has been refused, its message follows what is typed, as antd's Form did.
    if (missing[field]) setMissing((m) => ({ ...m, [field]: missingCredentials(next)[field] }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const refused = missingCredentials(credentials);
    setMissing(refused);
    if (Object.keys(refused).length === 0) signIn.mutate(credentials);
  };

  /** A labelled input whose message, when it is refused, is tied to it. */
  const field = (name: Field, label: MessageKey, icon: ReactNode, input: { type: string; autoComplete: string; autoFocus?: boolean }, after?: ReactNode) => {
    const id = `sign-in-${name}`;
    const message = missing[name];
    return (
      <div className="sign-in-field">
        <label htmlFor={id}>{t(label)}</label>
        <span className={message ? 'sign-in-input sign-in-input-error' : 'sign-in-input'}>
          {icon}
          <input
            id={id}
            {...input}
            autoCapitalize="none"
            spellCheck={false}
            value={credentials[name]}
            onChange={change(name)}
            disabled={signIn.isPending}
            aria-required
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${id}-error` : undefined}
          />
          {after}
        </span>
        {message && (
          <div id={`${id}-error`} className="sign-in-field-error" role="alert">
            {t(message)}
          </div>
        )}
      </div>
    );
  };

  return (
    <div className="sign-in-page">
      <div className="sign-in-language">
        <LanguageSwitch />
      </div>
      <main className="sign-in-card">
        <h1 className="sign-in-title">{t('app.title')}</h1>
        <p className="sign-in-subtitle">{t('signIn.subtitle')}</p>
        {signIn.isError && (
          <div className="sign-in-alert" role="alert">
            <CloseCircleFilled className="sign-in-alert-icon" aria-hidden />
            <span>{errorMessage(signIn.error, t)}</span>
          </div>
        )}
        <form onSubmit={submit} noValidate>
          {field('username', 'signIn.username', <UserOutlined aria-hidden />, { type: 'text', autoComplete: 'username', autoFocus: true })}
          {field(
            'password',
            'signIn.password',
            <LockOutlined aria-hidden />,
            { type: showPassword ? 'text' : 'password', autoComplete: 'current-password' },
            <button type="button" className="sign-in-reveal" aria-label={t('signIn.reveal')} aria-pressed={showPassword} onClick={() => setShowPassword((shown) => !shown)}>
              {showPassword ? <EyeOutlined aria-hidden /> : <EyeInvisibleOutlined aria-hidden />}
            </button>,
          )}
          <button type="submit" className="sign-in-submit" disabled={signIn.isPending}>
            {signIn.isPending && <LoadingOutlined aria-hidden />}
            {t('signIn.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}

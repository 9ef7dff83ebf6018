import { ToolOutlined } from '@ant-design/icons';
import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';

/** Stands in for an area not built yet: says so plainly rather than showing empty or made-up data. */
export function ComingSoonPage({ area }: { area: MessageKey }) {
  const t = useT();
  return (
    <Result
      icon={<ToolOutlined />}
      title={t('comingSoon.title', { area: t(area) })}
      subTitle={t('comingSoon.body')}
      extra={
        <Link to="/">
          <Button type="primary">{t('comingSoon.back')}</Button>
        </Link>
      }
    />
  );
}

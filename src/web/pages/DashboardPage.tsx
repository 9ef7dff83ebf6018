import { ApartmentOutlined, HistoryOutlined, ProfileOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { grantLabel, kindLabel } from '../format/labels';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';

/** A welcome, not a dashboard of numbers: figures come when plans and tasks exist to count. */
export function DashboardPage() {
  const t = useT();
  const me = useMe();
  const narrow = useNarrowScreen('md');
  return (
    <Space orientation="vertical" size="large" className="full-width">
      <Card>
        <Typography.Title level={3}>{t('dashboard.welcome', { name: me.user.fullName })}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('dashboard.intro')}</Typography.Paragraph>
        <Descriptions
          column={1}
          layout={narrow ? 'vertical' : 'horizontal'}
          bordered
          size="small"
          items={[
            { key: 'org', label: t('dashboard.organization'), children: `${me.organization.name} (${kindLabel(t, me.organization.kind)})` },
            { key: 'title', label: t('user.title'), children: me.user.title || '—' },
            {
              key: 'roles',
              label: t('dashboard.roles'),
              children: (
                <Space size={[4, 4]} wrap>
                  {me.roles.map((grant) => (
                    <Tag key={`${grant.role}-${grant.organization.id}`} color="blue">
                      {grantLabel(t, grant)}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('dashboard.shortcuts')}>
        <Space wrap>
          <Link to="/ke-hoach">
            <Button icon={<ProfileOutlined />}>{t('nav.plans')}</Button>
          </Link>
          <Link to="/to-chuc">
            <Button icon={<ApartmentOutlined />}>{t('nav.organizations')}</Button>
          </Link>
          {me.can.manageUsers && (
            <Link to="/nguoi-dung">
              <Button icon={<TeamOutlined />}>{t('nav.users')}</Button>
            </Link>
          )}
          {me.can.readAudit && (
            <Link to="/nhat-ky">
              <Button icon={<HistoryOutlined />}>{t('nav.audit')}</Button>
            </Link>
          )}
        </Space>
        <Typography.Paragraph type="secondary" className="dashboard-note">
          {t('dashboard.moreSoon')}
        </Typography.Paragraph>
      </Card>
    </Space>
  );
}

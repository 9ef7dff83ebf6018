import { Card, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import type { HomeDto } from '../../shared/schemas/home';
import { useT } from '../i18n/I18nProvider';

type BodyLine = NonNullable<HomeDto['bodies']>[number];

/** A department of health's bodies, most late work first, with the reports they have sent. */
export function BodiesCard({ bodies }: { bodies: BodyLine[] }) {
  const t = useT();
  return (
    <Card title={t('home.bodiesTitle')} extra={<Link to="/theo-doi?theo=don-vi">{t('home.openFollowUp')}</Link>}>
      <Table<BodyLine>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: true }}
        dataSource={bodies}
        columns={[
          { title: t('home.bodyColumn'), dataIndex: 'name', render: (name: string, b) => <Link to={`/theo-doi?donVi=${b.id}`}>{name}</Link> },
          { title: t('home.lateColumn'), align: 'right', render: (_, b) => (b.tally.late > 0 ? <Tag color="red">{b.tally.late}</Tag> : 0) },
          { title: t('home.doneColumn'), align: 'right', render: (_, b) => `${b.tally.done}/${b.tally.total - b.tally.notApplicable - b.tally.undated}` },
          { title: t('home.reportsColumn'), align: 'right', render: (_, b) => <Tag color={b.reportsSent < b.reportsDue ? 'orange' : 'green'}>{t('home.reportsSent', { sent: b.reportsSent, due: b.reportsDue })}</Tag> },
        ]}
      />
    </Card>
  );
}

import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import type { GoodPracticeDto } from '../../shared/schemas/media-insights';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { GoodPracticeTitle } from './GoodPracticeTitle';
import { useGoodPractices, useSelectGoodPractice } from './queries';

/** Submissions in the order the server gives them (by body), one group per body. */
function byBody(items: GoodPracticeDto[]): { body: GoodPracticeDto['organization']; items: GoodPracticeDto[] }[] {
  const groups = new Map<string, { body: GoodPracticeDto['organization']; items: GoodPracticeDto[] }>();
  for (const item of items) {
    const group = groups.get(item.organization.id) ?? groups.set(item.organization.id, { body: item.organization, items: [] }).get(item.organization.id)!;
    group.items.push(item);
  }
  return [...groups.values()];
}

/** A department of health's month: every body's submissions, grouped by body, each chosen or not. */
export function DepartmentGoodPractices({ month }: { month: string }) {
  const t = useT();
  const list = useGoodPractices(month, 'children');
  const select = useSelectGoodPractice();
  const groups = byBody(list.data?.items ?? []);

  return (
    <>
      {list.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(list.error, t)} />}
      {select.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(select.error, t)} />}
      {list.data && groups.length === 0 && (
        <Card size="small" className="insights-card" title={t('goodPractices.incoming')}>
          <Empty description={t('goodPractices.noneIncoming')} />
        </Card>
      )}
      {groups.map(({ body, items }) => (
        <Card
          key={body.id}
          size="small"
          className="insights-card"
          title={body.name}
          extra={t('goodPractices.bodySummary', { count: items.length, selected: items.filter((i) => i.selected).length })}
        >
          <Table<GoodPracticeDto>
            rowKey="id"
            size="small"
            dataSource={items}
            pagination={false}
            showHeader={false}
            columns={[
              { key: 'item', render: (_, s) => <GoodPracticeTitle item={s.item} linkToItem={false} /> },
              { key: 'sent', width: 150, responsive: ['md'], render: (_, s) => t('goodPractices.submittedOn', { date: formatDate(s.submittedAt) }) },
              {
                key: 'choice',
                width: 230,
                render: (_, s) => (
                  <span className="insights-choice">
                    {s.selected && <Tag color="green">{t('goodPractices.chosen')}</Tag>}
                    {s.can.select && (
                      <Button
                        size="small"
                        type={s.selected ? 'default' : 'primary'}
                        loading={select.isPending && select.variables?.id === s.id}
                        onClick={() => select.mutate({ id: s.id, selected: !s.selected })}
                      >
                        {t(s.selected ? 'goodPractices.unselect' : 'goodPractices.select')}
                      </Button>
                    )}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      ))}
    </>
  );
}

import { Alert, App, Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import type { GoodPracticeDto, GoodPracticeListDto } from '../../shared/schemas/media-insights';
import { formatDate } from '../format/dates';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { selectionLabels } from '../layout/selectionLabels';
import { GoodPracticeTitle } from './GoodPracticeTitle';
import { useGoodPractices, useSubmitGoodPractices } from './queries';

type Candidate = GoodPracticeListDto['candidates'][number];

/** A body's month: the good practices it may still send, ticked and sent at once, and what became of those sent. */
export function BodyGoodPractices({ month }: { month: string }) {
  const t = useT();
  const { message } = App.useApp();
  const list = useGoodPractices(month, 'own');
  const [ticked, setTicked] = useState<string[]>([]);
  const submit = useSubmitGoodPractices((_, count) => {
    setTicked([]);
    void message.success(t('goodPractices.sent', { count }));
  });
  const data = list.data;
  const chosen = ticked.filter((id) => data?.candidates.some((c) => c.id === id));

  return (
    <>
      {list.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(list.error, t)} />}
      {submit.error && <Alert type="error" showIcon className="form-alert" title={errorMessage(submit.error, t)} />}
      <Card
        size="small"
        className="insights-card"
        title={t('goodPractices.candidates')}
        extra={
          data?.can.submit && (
            <Button type="primary" disabled={chosen.length === 0} loading={submit.isPending} onClick={() => submit.mutate({ month, itemIds: chosen })}>
              {chosen.length > 0 ? t('goodPractices.sendCount', { count: chosen.length }) : t('goodPractices.send')}
            </Button>
          )
        }
      >
        {data && !data.can.submit && <Alert type="info" showIcon className="form-alert" title={t('goodPractices.readOnly')} />}
        <Table<Candidate>
          rowKey="id"
          size="small"
          loading={list.isFetching}
          dataSource={data?.candidates ?? []}
          pagination={false}
          showHeader={false}
          rowSelection={data?.can.submit ? { selectedRowKeys: chosen, onChange: (keys) => setTicked(keys.map(String)), ...selectionLabels<Candidate>(t, (c) => c.title) } : undefined}
          locale={{ emptyText: t('goodPractices.noCandidates') }}
          columns={[{ key: 'item', render: (_, c) => <GoodPracticeTitle item={c} /> }]}
        />
      </Card>
      <Card size="small" className="insights-card" title={t('goodPractices.sentList')}>
        <Table<GoodPracticeDto>
          rowKey="id"
          size="small"
          dataSource={data?.items ?? []}
          pagination={false}
          showHeader={false}
          locale={{ emptyText: t('goodPractices.noneSent') }}
          columns={[
            { key: 'item', render: (_, s) => <GoodPracticeTitle item={s.item} /> },
            {
              key: 'state',
              width: 220,
              render: (_, s) =>
                s.selected ? (
                  <Tag color="green" title={t('goodPractices.chosenOn', { date: formatDate(s.selectedAt) })}>
                    {t('goodPractices.chosen')}
                  </Tag>
                ) : (
                  <Tag>{t('goodPractices.waiting')}</Tag>
                ),
            },
            { key: 'sent', width: 150, responsive: ['md'], render: (_, s) => t('goodPractices.submittedOn', { date: formatDate(s.submittedAt) }) },
          ]}
        />
      </Card>
    </>
  );
}

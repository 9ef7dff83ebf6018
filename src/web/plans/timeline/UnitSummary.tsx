import { Table } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { QUARTER_NUMERALS } from '../labels';
import type { UnitCounts } from './timeline';

type Props = { counts: UnitCounts[]; orgName: (id: string) => string };

/** How many occurrences each responsible unit answers for in each quarter. */
export function UnitSummary({ counts, orgName }: Props) {
  const t = useT();
  return (
    <Table<UnitCounts>
      rowKey="organizationId"
      size="small"
      bordered
      pagination={false}
      dataSource={counts}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('timeline.noOccurrences') }}
      columns={[
        { key: 'unit', title: t('timeline.unit'), render: (_, c) => orgName(c.organizationId) },
        ...QUARTER_NUMERALS.map((numeral, i) => ({
          key: numeral,
          title: t('timeline.quarter', { q: numeral }),
          align: 'right' as const,
          width: 90,
          render: (_: unknown, c: UnitCounts) => c.quarters[i] || '',
        })),
        { key: 'total', title: t('timeline.total'), align: 'right', width: 90, render: (_, c) => <strong>{c.total}</strong> },
      ]}
    />
  );
}

import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Table, type TableColumnsType, type TableProps } from 'antd';
import type { useCursorPager } from '../api/useCursorPager';
import type { Page } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { Forbidden, refusedRoles } from './Forbidden';
import { PagerBar } from './PagerBar';
import { useNarrowScreen } from './useNarrowScreen';

type Props<T> = {
  list: UseQueryResult<Page<T>>;
  pager: ReturnType<typeof useCursorPager>;
  columns: TableColumnsType<T>;
  emptyText: string;
  /** Below this width a phone scrolls the table sideways instead of squeezing it. */
  minWidth: number;
  onRow?: TableProps<T>['onRow'];
};

/** A cursor-paged list: its load error, the table and the pager under it. */
export function PagedTable<T extends { id: string }>({ list, pager, columns, emptyText, minWidth, onRow }: Props<T>) {
  const t = useT();
  const narrow = useNarrowScreen();
  const refused = refusedRoles(list.error);
  if (refused) return <Forbidden roles={refused} />;
  return (
    <>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} className="form-alert" />}
      <Table<T>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={narrow ? { x: minWidth } : undefined}
        locale={{ emptyText }}
        onRow={onRow}
        columns={columns}
      />
      <PagerBar pager={pager} nextCursor={list.data?.nextCursor ?? null} />
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { Page } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';

type Props<T> = {
  caption: ReactNode;
  addLabel: ReactNode;
  /** Absent when the person may not add. */
  onAdd?: () => void;
  list: UseQueryResult<Page<T>>;
  emptyText: ReactNode;
  columns: TableColumnsType<T>;
  /** The open form, if any. */
  children?: ReactNode;
};

/** One of a body's registries (external bodies, groups): a short list loaded whole, with an add button above it. */
export function RegistryTab<T extends { id: string }>({ caption, addLabel, onAdd, list, emptyText, columns, children }: Props<T>) {
  const t = useT();
  const narrow = useNarrowScreen('md');
  return (
    <Space orientation="vertical" className="full-width">
      <div className="tab-toolbar">
        <Typography.Text type="secondary">{caption}</Typography.Text>
        {onAdd && (
          <Button icon={<PlusOutlined />} onClick={onAdd}>
            {addLabel}
          </Button>
        )}
      </div>
      {list.isError && <Alert type="error" showIcon title={errorMessage(list.error, t)} />}
      <Table<T>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={narrow ? { x: 'max-content' } : undefined}
        locale={{ emptyText }}
        columns={columns}
      />
      {children}
    </Space>
  );
}

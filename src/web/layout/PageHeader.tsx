import { Typography } from 'antd';
import type { ReactNode } from 'react';

export function PageHeader({ title, extra }: { title: string; extra?: ReactNode }) {
  return (
    <div className="page-header">
      <Typography.Title level={3} className="page-title">
        {title}
      </Typography.Title>
      {extra && <div className="page-header-extra">{extra}</div>}
    </div>
  );
}

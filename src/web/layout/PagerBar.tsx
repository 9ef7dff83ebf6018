import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import type { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';

type Props = { pager: ReturnType<typeof useCursorPager>; nextCursor: string | null };

/** "Trang 2 · Trang trước · Trang sau" under a cursor-paged list. */
export function PagerBar({ pager, nextCursor }: Props) {
  const t = useT();
  return (
    <div className="pager">
      <Typography.Text type="secondary">{t('common.page', { n: pager.page })}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={!pager.hasPrevious} onClick={pager.previous}>
        {t('common.previous')}
      </Button>
      <Button disabled={!nextCursor} onClick={() => nextCursor && pager.next(nextCursor)}>
        {t('common.next')} <RightOutlined />
      </Button>
    </div>
  );
}

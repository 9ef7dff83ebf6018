import { Button, Space } from 'antd';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { useT } from '../i18n/I18nProvider';
import type { OccurrenceDialog } from './useOccurrenceDialogs';

/** What a person may do with a period of work, wherever it is shown: update it, or accept or return it. */
export function OccurrenceActions({ occurrence: o, open, className }: { occurrence: OccurrenceDto; open: (dialog: OccurrenceDialog) => void; className?: string }) {
  const t = useT();
  if (!o.can.update && !o.can.review) return null;
  return (
    <Space size={4} wrap className={className}>
      {o.can.update && (
        <Button size="small" onClick={() => open({ kind: 'update', occurrence: o })}>
          {t('work.update')}
        </Button>
      )}
      {o.can.review && (
        <>
          <Button size="small" type="primary" onClick={() => open({ kind: 'accept', occurrence: o })}>
            {t('work.accept')}
          </Button>
          <Button size="small" danger onClick={() => open({ kind: 'return', occurrence: o })}>
            {t('work.return')}
          </Button>
        </>
      )}
    </Space>
  );
}

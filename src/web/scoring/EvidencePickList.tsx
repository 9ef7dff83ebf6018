import { Button, Checkbox, Empty, Input, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { foldText } from '../../shared/fold';
import { useT } from '../i18n/I18nProvider';

export type PickOption = { id: string; label: string; detail: string | null };

type Props = { options: PickOption[]; /** Already on the criterion: shown, not offered again. */ attached: (option: PickOption) => boolean; emptyText: string; busy: boolean; onAttach: (ids: string[]) => Promise<void> };

/** A list the system offers as evidence: ticked items are attached together (a refusal keeps them ticked); a long list can be searched without diacritics. */
export function EvidencePickList({ options, attached, emptyText, busy, onAttach }: Props) {
  const t = useT();
  const [picked, setPicked] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = foldText(query.trim());
    return q ? options.filter((o) => foldText(`${o.label} ${o.detail ?? ''}`).includes(q)) : options;
  }, [options, query]);
  if (options.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />;
  return (
    <div className="evidence-pick">
      {options.length > 6 && <Input.Search allowClear aria-label={t('scoring.searchOptions')} placeholder={t('scoring.searchOptions')} value={query} onChange={(e) => setQuery(e.target.value)} />}
      <Checkbox.Group value={picked} onChange={(ids) => setPicked(ids as string[])} className="evidence-pick-list">
        {shown.map((o) => (
          <Checkbox key={o.id} value={o.id} disabled={attached(o)}>
            <span className="evidence-pick-label">
              {o.label}
              {attached(o) && <Tag className="evidence-pick-held">{t('scoring.attached')}</Tag>}
            </span>
            {o.detail && <Typography.Text type="secondary" className="evidence-pick-detail">{o.detail}</Typography.Text>}
          </Checkbox>
        ))}
      </Checkbox.Group>
      <Button type="primary" disabled={picked.length === 0} loading={busy} onClick={() => void onAttach(picked).then(() => setPicked([]), () => undefined)}>
        {t('scoring.attachPicked', { n: picked.length })}
      </Button>
    </div>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { ImportedSection } from '../../../shared/schemas/plan-import';
import { useT } from '../../i18n/I18nProvider';

type Props = { items: ImportedSection[]; onChange: (items: ImportedSection[]) => void; depth?: number };

const blank = (): ImportedSection => ({ heading: null, numbering: null, text: null, items: [] });
const orNull = (v: string) => (v.trim() ? v : null);

/** The plan's sections as an editable tree: each item's number, heading and text, and its own items below it. */
export function SectionTree({ items, onChange, depth = 0 }: Props) {
  const t = useT();
  const set = (i: number, next: ImportedSection) => onChange(items.map((s, j) => (j === i ? next : s)));
  return (
    <div className={depth ? 'plan-import-subsections' : undefined}>
      {items.map((s, i) => (
        <div key={i} className="plan-import-section">
          <div className="plan-import-section-row">
            <Input className="plan-import-numbering" value={s.numbering ?? ''} placeholder={t('planImport.numbering')} aria-label={t('planImport.numbering')} onChange={(e) => set(i, { ...s, numbering: orNull(e.target.value) })} />
            <Input value={s.heading ?? ''} placeholder={t('planImport.sectionHeading')} aria-label={t('planImport.sectionHeading')} onChange={(e) => set(i, { ...s, heading: orNull(e.target.value) })} />
            <Button size="small" type="text" icon={<PlusOutlined />} title={t('planImport.addItem')} aria-label={t('planImport.addItem')} onClick={() => set(i, { ...s, items: [...s.items, blank()] })} />
            <Button size="small" type="text" danger icon={<DeleteOutlined />} title={t('planImport.removeItem')} aria-label={t('planImport.removeItem')} onClick={() => onChange(items.filter((_, j) => j !== i))} />
          </div>
          {(s.text !== null || !s.heading) && (
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 8 }} value={s.text ?? ''} placeholder={t('planImport.sectionText')} aria-label={t('planImport.sectionText')} onChange={(e) => set(i, { ...s, text: orNull(e.target.value) })} />
          )}
          {s.items.length > 0 && <SectionTree items={s.items} depth={depth + 1} onChange={(next) => set(i, { ...s, items: next })} />}
        </div>
      ))}
      {depth === 0 && (
        <Button size="small" icon={<PlusOutlined />} onClick={() => onChange([...items, blank()])}>
          {t('planImport.addSection')}
        </Button>
      )}
    </div>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { memo, useCallback, useRef } from 'react';
import type { Section } from '../../api/types';
import { RowButtons } from '../../forms/RowButtons';
import { useT } from '../../i18n/I18nProvider';
import { addChild, appendTop, insertAfter, moveAt, removeAt, updateAt, type SectionPath } from './sectionTree';

type Change = (update: (sections: Section[]) => Section[]) => void;

type NodeProps = { section: Section; pathKey: string; count: number; change: Change; disabled: boolean };

const toPath = (pathKey: string): SectionPath => pathKey.split('.').map(Number);

/** One item with its children; memoised by identity, so editing one item redraws only its branch. */
const SectionNode = memo(function SectionNode({ section, pathKey, count, change, disabled }: NodeProps) {
  const t = useT();
  const path = toPath(pathKey);
  const index = path.at(-1)!;
  const edit = (patch: Partial<Section>) => change((s) => updateAt(s, path, patch));
  const name = [section.numbering, section.heading ?? section.text ?? ''].join(' ').slice(0, 60);
  return (
    <div className="section-node">
      <div className="section-node-head">
        <Input
          className="section-numbering"
          value={section.numbering}
          maxLength={20}
          aria-label={t('planInfo.sectionNumbering')}
          placeholder={t('planInfo.sectionNumbering')}
          onChange={(e) => edit({ numbering: e.target.value })}
          disabled={disabled}
        />
        <Input
          className="section-heading"
          value={section.heading ?? ''}
          aria-label={t('planInfo.sectionHeading')}
          placeholder={t('planInfo.sectionHeadingPlaceholder')}
          onChange={(e) => edit({ heading: e.target.value || null })}
          disabled={disabled}
        />
        {!disabled && (
          <RowButtons
            label={name}
            onInsertBelow={() => change((s) => insertAfter(s, path))}
            onAddChild={() => change((s) => addChild(s, path))}
            onUp={index > 0 ? () => change((s) => moveAt(s, path, -1)) : undefined}
            onDown={index < count - 1 ? () => change((s) => moveAt(s, path, 1)) : undefined}
            onDelete={() => change((s) => removeAt(s, path))}
          />
        )}
      </div>
      <Input.TextArea
        className="section-text"
        value={section.text ?? ''}
        autoSize={{ minRows: 1, maxRows: 12 }}
        aria-label={t('planInfo.sectionText')}
        placeholder={t('planInfo.sectionText')}
        onChange={(e) => edit({ text: e.target.value || null })}
        disabled={disabled}
      />
      {section.children.length > 0 && (
        <div className="section-children">
          {section.children.map((child, i) => (
            <SectionNode key={i} section={child} pathKey={`${pathKey}.${i}`} count={section.children.length} change={change} disabled={disabled} />
          ))}
        </div>
      )}
    </div>
  );
});

type Props = { value?: Section[]; onChange?: (sections: Section[]) => void; disabled?: boolean };

/** The nested parts of the plan (I. → 1. → 1.1. → a) → -), edited in place. */
export function SectionsEditor({ value = [], onChange, disabled = false }: Props) {
  const t = useT();
  const latest = useRef(value);
  latest.current = value;
  const change = useCallback<Change>((update) => onChange?.(update(latest.current)), [onChange]);
  return (
    <div className="sections-editor">
      {value.map((section, i) => (
        <SectionNode key={i} section={section} pathKey={String(i)} count={value.length} change={change} disabled={disabled} />
      ))}
      {!disabled && (
        <Button type="dashed" icon={<PlusOutlined />} onClick={() => change(appendTop)}>
          {t('planInfo.addSection')}
        </Button>
      )}
    </div>
  );
}

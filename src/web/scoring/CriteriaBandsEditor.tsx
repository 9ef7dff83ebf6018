import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { defaultBands, type Band } from './criteria-model';
import { bandRange } from './CriteriaBands';
import { CriteriaFlagMessages } from './CriteriaTreeTable';
import './criteria-sets.css';

type Props = { bands: Band[]; total: number; onChange: (bands: Band[]) => void; messages?: readonly string[] };

const moved = (bands: Band[], i: number, by: -1 | 1) => {
  const copy = [...bands];
  [copy[i], copy[i + by]] = [copy[i + by]!, copy[i]!];
  return copy;
};

/** The classes, highest first, each from its least total; the usual five scaled to the set's total a click away. */
export function CriteriaBandsEditor({ bands, total, onChange, messages }: Props) {
  const t = useT();
  const set = (i: number, band: Partial<Band>) => onChange(bands.map((b, j) => (j === i ? { ...b, ...band } : b)));
  const icon = (tip: string, name: string, node: ReactNode, onClick: () => void, extra: { disabled?: boolean; danger?: boolean } = {}) => (
    <Tooltip title={tip}>
      <Button type="text" size="small" icon={node} aria-label={name} onClick={onClick} {...extra} />
    </Tooltip>
  );
  return (
    <div className="criteria-bands-editor">
      <Typography.Paragraph type="secondary">{t('scoring-sets.bandsHelp')}</Typography.Paragraph>
      <CriteriaFlagMessages messages={messages} />
      {bands.map((band, i) => {
        const n = i + 1;
        return (
          <div key={i} className="criteria-band-row">
            <Input className="criteria-band-name" value={band.name} maxLength={50} aria-label={t('scoring-sets.bandName', { n })} onChange={(e) => set(i, { name: e.target.value })} />
            <InputNumber
              className="criteria-band-points"
              value={band.minPoints}
              min={0}
              max={1000}
              step={1}
              decimalSeparator=","
              prefix={t('scoring-sets.bandFrom')}
              aria-label={t('scoring-sets.bandMin', { n })}
              onChange={(value) => set(i, { minPoints: typeof value === 'number' ? value : 0 })}
            />
            <Typography.Text type="secondary" className="criteria-band-range">
              {bandRange(t, bands, i, total)}
            </Typography.Text>
            <span className="criteria-row-actions">
              {icon(t('scoring-sets.moveUp'), t('scoring-sets.bandUp', { n }), <ArrowUpOutlined aria-hidden />, () => onChange(moved(bands, i, -1)), { disabled: i === 0 })}
              {icon(t('scoring-sets.moveDown'), t('scoring-sets.bandDown', { n }), <ArrowDownOutlined aria-hidden />, () => onChange(moved(bands, i, 1)), { disabled: i === bands.length - 1 })}
              {icon(t('common.delete'), t('scoring-sets.bandRemove', { n }), <DeleteOutlined aria-hidden />, () => onChange(bands.filter((_, j) => j !== i)), { danger: true, disabled: bands.length === 1 })}
            </span>
          </div>
        );
      })}
      <Space wrap>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => onChange([...bands, { name: '', minPoints: 0 }])} disabled={bands.length >= 10}>
          {t('scoring-sets.addBand')}
        </Button>
        <Button icon={<UndoOutlined aria-hidden />} onClick={() => onChange(defaultBands(total))}>
          {t('scoring-sets.defaultBands')}
        </Button>
      </Space>
    </div>
  );
}

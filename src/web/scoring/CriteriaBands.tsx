import { Typography } from 'antd';
import { useT, type Translate } from '../i18n/I18nProvider';
import { pointsText, type Band } from './criteria-model';
import './criteria-sets.css';

/** "từ 80 đến dưới 90 điểm": a class runs from its least total to the next class up (the top one to the total). */
export function bandRange(t: Translate, bands: readonly Band[], index: number, total: number): string {
  const band = bands[index]!;
  const above = bands[index - 1];
  return above ? t('scoring-sets.bandBelow', { from: pointsText(band.minPoints), to: pointsText(above.minPoints) }) : t('scoring-sets.bandTop', { from: pointsText(band.minPoints), to: pointsText(total) });
}

/** The classes of a set and the totals each takes. */
export function CriteriaBands({ bands, total }: { bands: readonly Band[]; total: number }) {
  const t = useT();
  return (
    <ul className="criteria-bands">
      {bands.map((band, i) => (
        <li key={band.name}>
          <Typography.Text strong>{band.name}</Typography.Text> <Typography.Text type="secondary">{bandRange(t, bands, i, total)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

import { Tag } from 'antd';
import type { OutputKind, PlanKind, PlanState, ReformArea } from '../../shared/plan-vocabulary';
import { useT, type Translate } from '../i18n/I18nProvider';

export const planKindLabel = (t: Translate, kind: PlanKind) => t(`planKind.${kind}`);
export const planStateLabel = (t: Translate, state: PlanState) => t(`planState.${state}`);
export const reformAreaLabel = (t: Translate, area: ReformArea) => t(`reformArea.${area}`);
export const outputKindLabel = (t: Translate, kind: OutputKind) => t(`outputKind.${kind}`);

const STATE_COLORS: Record<PlanState, string> = { draft: 'default', submitted: 'gold', issued: 'green', closed: 'purple' };

export function PlanStateTag({ state }: { state: PlanState }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]}>{planStateLabel(t, state)}</Tag>;
}

/** Quarters as Vietnamese documents write them: Quý I … Quý IV. */
export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

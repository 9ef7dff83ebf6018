import type { PlanKind } from '../../../shared/plan-vocabulary';
import type { PlanContent, PlanDetailDto } from '../../api/types';
import type { PlanUpdate } from '../queries';

/** What the "Thông tin & nội dung" form holds: the plan's fields and its text, as strings while edited. */
export type InfoValues = {
  kind: PlanKind;
  year: number;
  title: string;
  placeName?: string;
  signingAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  content: Omit<PlanContent, 'introduction' | 'closing'> & { introduction?: string; closing?: string };
};

export const INFO_FIELDS = ['kind', 'year', 'title', 'placeName', 'signingAuthority', 'signerTitle', 'signerName', 'content'] as const;

export function infoValues(plan: PlanDetailDto): InfoValues {
  return {
    kind: plan.kind,
    year: plan.year,
    title: plan.title,
    placeName: plan.placeName ?? undefined,
    signingAuthority: plan.signingAuthority ?? undefined,
    signerTitle: plan.signerTitle ?? undefined,
    signerName: plan.signerName ?? undefined,
    content: { ...plan.content, introduction: plan.content.introduction ?? undefined, closing: plan.content.closing ?? undefined },
  };
}

const text = (value: string | undefined) => value?.trim() || null;

export function infoUpdate(values: InfoValues): PlanUpdate {
  const { content } = values;
  return {
    kind: values.kind,
    year: values.year,
    title: values.title.trim(),
    placeName: text(values.placeName),
    signingAuthority: text(values.signingAuthority),
    signerTitle: text(values.signerTitle),
    signerName: text(values.signerName),
    content: {
      bases: (content.bases ?? []).map((b) => b.trim()),
      introduction: text(content.introduction),
      sections: content.sections ?? [],
      targets: (content.targets ?? []).map((target) => ({ ...target, text: target.text.trim(), unit: target.unit?.trim() || null, comparator: target.comparator ?? null, value: target.value ?? null })),
      closing: text(content.closing),
      recipients: (content.recipients ?? []).map((r) => r.trim()),
    },
  };
}

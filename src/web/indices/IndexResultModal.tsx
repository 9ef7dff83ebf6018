import { Form, Input, InputNumber, Select, Space } from 'antd';
import { INDEX_KIND_LABELS_VI, INDEX_KINDS, INDEX_SCOPE_LABELS_VI, INDEX_SCOPES, INDEX_SHORT_NAMES, type IndexKind, type IndexScope } from '../../shared/index-vocabulary';
import type { IndexResultDto } from '../../shared/schemas/indices';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { useSaveIndexResult } from './queries';

type Values = { kind: IndexKind; scope: IndexScope; year: number; value?: string; rank?: number | null; rankOf?: number | null; targetValue?: string; targetRank?: number | null; source?: string; note?: string };
const FIELDS = ['kind', 'scope', 'year', 'value', 'rank', 'rankOf', 'targetValue', 'targetRank', 'source', 'note'] as const;
const blank = (text: string | undefined) => (text?.trim() ? text.trim() : null);

/** Enters a year's result of an index (or corrects one): score, rank of how many, target and source. */
export function IndexResultModal({ editing, onClose }: { editing: IndexResultDto | null; onClose: () => void }) {
  const t = useT();
  const save = useSaveIndexResult(
    (v: Values) => ({
      kind: v.kind,
      scope: v.scope,
      year: v.year,
      value: blank(v.value),
      rank: v.rank ?? null,
      rankOf: v.rankOf ?? null,
      targetValue: blank(v.targetValue),
      targetRank: v.targetRank ?? null,
      source: blank(v.source),
      note: blank(v.note),
    }),
    onClose,
  );
  const initialValues: Partial<Values> = editing
    ? { ...editing, value: editing.value ?? undefined, targetValue: editing.targetValue ?? undefined, source: editing.source ?? undefined, note: editing.note ?? undefined }
    : { kind: 'par_index', scope: 'province', year: new Date().getFullYear() - 1 };
  return (
    <FormModal<Values>
      title={editing ? t('indices.editTitle', { kind: INDEX_SHORT_NAMES[editing.kind], year: editing.year }) : t('indices.addTitle')}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      initialValues={initialValues}
      width={560}
    >
      <Form.Item name="kind" label={t('indices.kind')} rules={[{ required: true }]}>
        <Select disabled={!!editing} options={INDEX_KINDS.map((k) => ({ value: k, label: INDEX_KIND_LABELS_VI[k] }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="scope" label={t('indices.scope')} rules={[{ required: true }]}>
          <Select disabled={!!editing} style={{ width: 160 }} options={INDEX_SCOPES.map((s) => ({ value: s, label: INDEX_SCOPE_LABELS_VI[s] }))} />
        </Form.Item>
        <Form.Item name="year" label={t('indices.year')} rules={[{ required: true }]}>
          <InputNumber disabled={!!editing} min={2010} max={2100} />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="value" label={t('indices.value')}>
          <Input inputMode="decimal" placeholder="89,52" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="rank" label={t('indices.rank')}>
          <InputNumber min={1} style={{ width: 100 }} />
        </Form.Item>
        <Form.Item name="rankOf" label={t('indices.rankOf')}>
          <InputNumber min={1} style={{ width: 100 }} placeholder="34" />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="targetValue" label={t('indices.targetValue')}>
          <Input inputMode="decimal" style={{ width: 120 }} />
        </Form.Item>
        <Form.Item name="targetRank" label={t('indices.targetRank')}>
          <InputNumber min={1} style={{ width: 100 }} />
        </Form.Item>
      </Space>
      <Form.Item name="source" label={t('indices.source')}>
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="note" label={t('indices.note')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </FormModal>
  );
}

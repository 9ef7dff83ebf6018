import { Card, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { PLAN_KINDS } from '../../../shared/plan-vocabulary';
import type { PlanDraft } from '../../../shared/schemas/plan-import';
import { useT } from '../../i18n/I18nProvider';
import { SectionTree } from './SectionTree';

type Props = { draft: Omit<PlanDraft, 'tasks'>; onChange: (patch: Partial<Omit<PlanDraft, 'tasks'>>) => void };

const orNull = (v: string) => (v.trim() ? v : null);
const lines = (v: string) => v.split('\n');
const dmy = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

/** The document's own fields as read, each correctable: heading, title, bases, opening, sections, recipients, signature. */
export function DraftFields({ draft, onChange }: Props) {
  const t = useT();
  // A field the importer could not read is marked with why (and where), so the reviewer looks at it first.
  const mark = (...fields: string[]) => {
    const problem = draft.problems.find((p) => fields.includes(p.field));
    if (!problem) {
      // Where it was read, so the reviewer can look at that line of the source beside it.
      const line = fields.map((f) => draft.fieldLines[f as keyof PlanDraft['fieldLines']]).find((l) => typeof l === 'number');
      return line === undefined ? {} : { extra: t('planImport.readAtLine', { line }) };
    }
    return { validateStatus: 'warning' as const, help: problem.line === null ? problem.message : `${problem.message} (${t('planImport.problemLine', { line: problem.line })})` };
  };
  const text = (field: 'superior' | 'issuer' | 'place' | 'signingTitle' | 'signerTitle' | 'signer', label: string) => (
    <Form.Item label={label} {...mark(field === 'place' ? 'date' : field === 'signerTitle' ? 'signingTitle' : field)}>
      <Input value={draft[field] ?? ''} onChange={(e) => onChange({ [field]: orNull(e.target.value) })} />
    </Form.Item>
  );
  return (
    <Form layout="vertical" size="small" className="plan-import-fields">
      <Card size="small" title={t('planImport.heading')}>
        <Row gutter={12}>
          <Col xs={24} md={12}>{text('superior', t('planImport.superior'))}</Col>
          <Col xs={24} md={12}>{text('issuer', t('planImport.issuer'))}</Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('planImport.numberSymbol')} {...mark('symbol', 'number')}>
              <Input readOnly value={`${draft.number ?? ''}/${draft.symbol ?? ''}`} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>{text('place', t('planImport.place'))}</Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('planImport.date')} {...mark('date')}>
              <Input readOnly value={dmy(draft.date)} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('planImport.year')} {...mark('year')}>
              <InputNumber className="full-width" min={2000} max={2099} value={draft.year} onChange={(v) => onChange({ year: v ?? null })} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t('planImport.kind')}>
              <Select value={draft.kind} options={PLAN_KINDS.map((k) => ({ value: k, label: t(`planKind.${k}`) }))} onChange={(kind) => onChange({ kind })} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item label={t('planImport.title')} required {...mark('title')}>
              <Input.TextArea id="plan-import-title" autoSize={{ minRows: 1, maxRows: 4 }} value={draft.title ?? ''} onChange={(e) => onChange({ title: orNull(e.target.value) })} />
            </Form.Item>
          </Col>
        </Row>
      </Card>
      <Form.Item label={t('planImport.bases')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} value={draft.bases.join('\n')} onChange={(e) => onChange({ bases: lines(e.target.value) })} />
      </Form.Item>
      <Form.Item label={t('planImport.introduction')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={draft.introduction ?? ''} onChange={(e) => onChange({ introduction: orNull(e.target.value) })} />
      </Form.Item>
      <Form.Item label={t('planImport.sections')} {...mark('sections')}>
        <SectionTree items={draft.sections} onChange={(sections) => onChange({ sections })} />
      </Form.Item>
      <Form.Item label={t('planImport.recipients')} {...mark('recipients')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} value={draft.recipients.join('\n')} onChange={(e) => onChange({ recipients: lines(e.target.value) })} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>{text('signingTitle', t('planImport.signingTitle'))}</Col>
        <Col xs={24} md={8}>{text('signerTitle', t('planImport.signerTitle'))}</Col>
        <Col xs={24} md={8}>{text('signer', t('planImport.signer'))}</Col>
      </Row>
    </Form>
  );
}

import { DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LEGAL_DOCUMENT_KINDS, type LegalDocumentKind } from '../../shared/legal-document-kinds';
import { isWebAddress } from '../../shared/schemas/web-address';
import type { LegalDocumentDto } from '../api/types';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { legalKindLabel } from './labels';
import { useSaveLegalDocument } from './queries';

type Values = { kind: LegalDocumentKind; code: string; issuedOn?: Dayjs | null; issuer?: string; summary?: string; url?: string };
const FIELDS = ['kind', 'code', 'issuedOn', 'issuer', 'summary', 'url'] as const;

/** What a new entry starts from, e.g. a citation the recogniser read. */
export type LegalDocumentDraft = { kind?: LegalDocumentKind; code?: string; issuedOn?: string | null; issuer?: string | null };

/** Same rule as the server's (digits first, a slash somewhere, no spaces), checked before sending. */
const CODE_PATTERN = /^\d+[^\s]*\/[^\s]+$/u;

type Props = { editing: LegalDocumentDto | null; draft?: LegalDocumentDraft; onClose: () => void; onSaved: (doc: LegalDocumentDto) => void };

export function LegalDocumentFormModal({ editing, draft, onClose, onSaved }: Props) {
  const t = useT();
  // Empty fields are sent as null so that editing can clear them.
  const save = useSaveLegalDocument(
    editing?.id ?? null,
    (values: Values) => ({
      kind: values.kind,
      code: values.code.trim(),
      issuedOn: values.issuedOn ? values.issuedOn.format('YYYY-MM-DD') : null,
      issuer: values.issuer?.trim() || null,
      summary: values.summary?.trim() || null,
      url: values.url?.trim() || null,
    }),
    onSaved,
  );
  const start = editing ?? draft ?? {};
  const initialValues: Partial<Values> = {
    kind: start.kind,
    code: start.code,
    issuedOn: start.issuedOn ? dayjs(start.issuedOn) : undefined,
    issuer: start.issuer ?? undefined,
    summary: editing?.summary ?? undefined,
    url: editing?.url ?? undefined,
  };

  return (
    <FormModal<Values>
      title={editing ? t('legalDocs.editTitle', { code: editing.code }) : t('legalDocs.addTitle')}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      initialValues={initialValues}
      width={600}
    >
      <Form.Item name="kind" label={t('legalDocs.kind')} rules={[{ required: true, message: t('legalDocs.kindPlaceholder') }]}>
        <Select
          placeholder={t('legalDocs.kindPlaceholder')}
          options={LEGAL_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: legalKindLabel(t, kind) }))}
        />
      </Form.Item>
      <Form.Item
        name="code"
        label={t('legalDocs.code')}
        extra={t('legalDocs.codeHelp')}
        rules={[
          { required: true, whitespace: true, message: t('form.required') },
          { pattern: CODE_PATTERN, message: t('legalDocs.codeInvalid') },
        ]}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item name="issuedOn" label={t('legalDocs.issuedOn')}>
        <DatePicker format={DATE_PICKER_FORMAT} className="full-width" />
      </Form.Item>
      <Form.Item name="issuer" label={t('legalDocs.issuer')}>
        <Input maxLength={200} placeholder={t('legalDocs.issuerPlaceholder')} />
      </Form.Item>
      <Form.Item name="summary" label={t('legalDocs.summary')}>
        <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="url" label={t('legalDocs.url')} rules={[{ validator: (_, value?: string) => (!value?.trim() || isWebAddress(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('legalDocs.urlInvalid')))) }]}>
        <Input maxLength={500} placeholder="https://" />
      </Form.Item>
    </FormModal>
  );
}

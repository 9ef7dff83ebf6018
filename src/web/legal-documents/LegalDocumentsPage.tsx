import { EditOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Select, Space, Tooltip } from 'antd';
import { useState } from 'react';
import { LEGAL_DOCUMENT_KINDS } from '../../shared/legal-document-kinds';
import type { LegalDocumentDto } from '../api/types';
import { useCursorPager } from '../api/useCursorPager';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { CitationRecognizer } from './CitationRecognizer';
import { legalKindLabel } from './labels';
import { LegalDocumentFormModal, type LegalDocumentDraft } from './LegalDocumentFormModal';
import { useLegalDocumentList, type LegalDocumentFilters } from './queries';
import './legal-documents.css';

/** The registry of the legal documents plans cite: read by everyone, kept by coordinators and admins. */
export function LegalDocumentsPage() {
  const t = useT();
  const me = useMe();
  const { message } = App.useApp();
  const narrow = useNarrowScreen();
  const canAdd = me.can.manageLegalDocuments;
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<LegalDocumentFilters>({});
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useLegalDocumentList(filters, pager.cursor);
  const [editing, setEditing] = useState<{ doc: LegalDocumentDto | null; draft?: LegalDocumentDraft } | null>(null);

  return (
    <>
      <PageHeader
        title={t('legalDocs.pageTitle')}
        extra={
          canAdd && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ doc: null })}>
              {t('legalDocs.add')}
            </Button>
          )
        }
      />
      <Card size="small" className="legal-registry">
        <div className="filter-bar">
          <Input.Search
            allowClear
            placeholder={t('legalDocs.searchPlaceholder')}
            aria-label={t('legalDocs.searchPlaceholder')}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              if (!e.target.value) setFilters((f) => ({ ...f, q: undefined }));
            }}
            onSearch={(q) => setFilters((f) => ({ ...f, q: q || undefined }))}
            className="filter-search"
          />
          <Select
            allowClear
            placeholder={t('legalDocs.filterKind')}
            aria-label={t('legalDocs.filterKind')}
            value={filters.kind}
            onChange={(kind) => setFilters((f) => ({ ...f, kind }))}
            options={LEGAL_DOCUMENT_KINDS.map((kind) => ({ value: kind, label: legalKindLabel(t, kind) }))}
            popupMatchSelectWidth={false}
            className="filter-legal-kind"
          />
        </div>
        <PagedTable<LegalDocumentDto>
          list={list}
          pager={pager}
          minWidth={900}
          emptyText={Object.values(filters).some(Boolean) ? t('empty.legalDocsFiltered') : canAdd ? t('empty.legalDocsAdd') : t('legalDocs.none')}
          columns={[
            { key: 'kind', title: t('legalDocs.kind'), width: 130, render: (_, doc) => legalKindLabel(t, doc.kind) },
            { key: 'code', title: t('legalDocs.code'), width: 170, render: (_, doc) => <span className="nowrap">{doc.code}</span> },
            { key: 'issuedOn', title: t('legalDocs.issuedOn'), width: 130, render: (_, doc) => formatDate(doc.issuedOn) },
            { key: 'issuer', title: t('legalDocs.issuer'), width: 220, dataIndex: 'issuer' },
            { key: 'summary', title: t('legalDocs.summary'), dataIndex: 'summary' },
            {
              key: 'actions',
              title: t('common.actions'),
              fixed: narrow ? 'right' : undefined,
              width: 88,
              render: (_, doc) => (
                <Space size={0}>
                  {doc.url && (
                    <Tooltip title={t('legalDocs.url')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<LinkOutlined />}
                        href={doc.url}
                        target="_blank"
                        rel="noopener noreferrer"
                        aria-label={t('legalDocs.openOne', { code: doc.code })}
                      />
                    </Tooltip>
                  )}
                  {doc.can.update && (
                    <Tooltip title={t('common.edit')}>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('legalDocs.editOne', { code: doc.code })}
                        onClick={() => setEditing({ doc })}
                      />
                    </Tooltip>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <CitationRecognizer
        onAdd={
          canAdd
            ? (citation) => setEditing({ doc: null, draft: { kind: citation.kind, code: citation.code, issuedOn: citation.date, issuer: citation.issuer } })
            : undefined
        }
      />
      {editing && (
        <LegalDocumentFormModal
          editing={editing.doc}
          draft={editing.draft}
          onClose={() => setEditing(null)}
          onSaved={(doc) => {
            setEditing(null);
            void message.success(t('legalDocs.saved', { code: doc.code }));
          }}
        />
      )}
    </>
  );
}

import { ArrowLeftOutlined, FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import type { ProcedureSummaryDto } from '../../shared/schemas/procedures';
import { useCursorPager } from '../api/useCursorPager';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { PagedTable } from '../layout/PagedTable';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { useMe } from '../session/MeContext';
import { POSTING_BY_BODY_PATH, procedurePagePath } from './labels';
import { PostingKpi } from './PostingKpi';
import { ProcedureAreaSwitch } from './ProcedureAreaSwitch';
import { procedureColumns } from './procedureColumns';
import { ProcedureFilters } from './ProcedureFilters';
import { ProcedureFormModal } from './ProcedureFormModal';
import { ProcedureImportModal } from './ProcedureImportModal';
import { usePostingByBody, useProcedureList, useRefreshProcedures } from './queries';
import { isFiltered, useRegistryFilters } from './useRegistryFilters';
import './procedures.css';

/**
 * A body's registry of administrative and internal procedures (SPEC §2.7), with the status in force on a
 * chosen day and the posting KPI of what the filters leave. A department of health opens its bodies'
 * registries from the bodies' table (`?donVi=`); only the body's own coordinator or director adds.
 */
export function ProceduresPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const narrow = useNarrowScreen('md');
  const [filters, setFilters] = useRegistryFilters();
  const pager = useCursorPager(JSON.stringify(filters));
  const list = useProcedureList(filters, pager.cursor);
  const byBody = usePostingByBody();
  const refresh = useRefreshProcedures();
  const [adding, setAdding] = useState(false);
  const [importing, setImporting] = useState(false);
  const ownBody = !filters.organizationId || filters.organizationId === me.organization.id;
  // Another body's name, from the bodies' table that led here.
  const otherBody = ownBody ? undefined : byBody.data?.items.find((i) => i.organization.id === filters.organizationId)?.organization;
  const canAdd = me.can.manageProcedures && ownBody;
  const filtered = isFiltered(filters);

  return (
    <>
      {!ownBody && (
        <Link to={POSTING_BY_BODY_PATH} className="procedure-back">
          <ArrowLeftOutlined /> {t('procedureNav.byBody')}
        </Link>
      )}
      <PageHeader
        title={otherBody ? t('procedures.pageTitleOf', { name: otherBody.name }) : t('procedures.pageTitle')}
        extra={
          canAdd && (
            <Space wrap>
              <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => setImporting(true)}>
                {t('procedures.import')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
                {t('procedures.add')}
              </Button>
            </Space>
          )
        }
      />
      {ownBody && <ProcedureAreaSwitch />}
      <PostingKpi
        counts={list.data?.counts}
        targetPercent={byBody.data?.targetPercent ?? 100}
        on={filters.on ?? byBody.data?.on ?? ''}
        filtered={filtered}
        loading={list.isPending}
      />
      <Card size="small" className="procedure-registry">
        <ProcedureFilters value={filters} fields={list.data?.fields ?? []} onChange={setFilters} />
        <PagedTable<ProcedureSummaryDto>
          list={list}
          pager={pager}
          // On a phone the one column holds everything and fits; between phone and desktop the five columns scroll.
          minWidth={narrow ? 280 : 900}
          emptyText={filtered ? t('empty.proceduresFiltered') : canAdd ? t('empty.proceduresAdd') : t('empty.procedures')}
          onRow={(p) => ({ onClick: () => navigate(procedurePagePath(p.id)), className: 'procedure-row' })}
          columns={procedureColumns(t, narrow)}
        />
      </Card>
      {/* It imports into the person's own body, the only one they may add to. */}
      {canAdd && <ProcedureImportModal open={importing} onClose={() => setImporting(false)} onApplied={() => void refresh()} />}
      {adding && (
        <ProcedureFormModal
          editing={null}
          bodyId={me.organization.id}
          onClose={() => setAdding(false)}
          onSaved={(procedure) => {
            setAdding(false);
            void message.success(t('procedures.saved', { code: procedure.code }));
            navigate(procedurePagePath(procedure.id));
          }}
        />
      )}
    </>
  );
}

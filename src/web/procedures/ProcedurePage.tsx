import { ArrowLeftOutlined, GlobalOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { procedurePath, procedureSheetPath } from '../../shared/public-urls';
import type { ProcedureDto } from '../../shared/schemas/procedures';
import { isApiError } from '../api/client';
import { errorMessage } from '../forms/errors';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { DownloadMenu } from '../layout/DownloadMenu';
import { PageHeader } from '../layout/PageHeader';
import { PostingStandingTag, PROCEDURES_PATH, ProcedureStatusTag, scopeLabel } from './labels';
import { ProcedureActions } from './ProcedureActions';
import { ProcedureContent } from './ProcedureContent';
import { ProcedureEvents } from './ProcedureEvents';
import { ProcedureForms } from './ProcedureForms';
import { ProcedurePostings } from './ProcedurePostings';
import { StandingAlert } from './StandingAlert';
import { useProcedure } from './queries';
import './procedures.css';

export function ProcedurePage() {
  const { id = '' } = useParams();
  const t = useT();
  const procedure = useProcedure(id);
  if (procedure.isPending) return <Skeleton active />;
  if (procedure.isError) {
    return isApiError(procedure.error) && procedure.error.status === 404 ? (
      <Result status="404" title={t('procedures.notFound')} subTitle={errorMessage(procedure.error, t)} />
    ) : (
      <Alert type="error" showIcon title={errorMessage(procedure.error, t)} />
    );
  }
  return <LoadedProcedure procedure={procedure.data} />;
}

/** Everything a one-stop desk needs about one procedure, its decisions and where it is posted. */
function LoadedProcedure({ procedure: p }: { procedure: ProcedureDto }) {
  const t = useT();
  const body = p.organization.code;
  return (
    <>
      <div className="procedure-header">
        <Link to={PROCEDURES_PATH} className="procedure-back">
          <ArrowLeftOutlined /> {t('procedures.back')}
        </Link>
        <PageHeader title={p.name} extra={<ProcedureActions procedure={p} />} />
        <Space size={[4, 4]} wrap className="procedure-facts">
          <Tag>{p.code}</Tag>
          <Tag color="geekblue">{scopeLabel(t, p.scope)}</Tag>
          <ProcedureStatusTag status={p.status} />
          <PostingStandingTag standing={p.standing} status={p.status} />
          <Typography.Text type="secondary">
            {t('procedures.versionChanged', { version: p.version, date: formatDate(p.contentChangedAt) })}
          </Typography.Text>
        </Space>
        <Space size={[16, 4]} wrap className="procedure-public-links">
          {/* Only public procedures have a citizen page and its printable sheet; internal ones go on the body's own boards. */}
          {p.scope === 'public' && (
            <>
              <a href={procedurePath(body, p.code)} target="_blank" rel="noopener noreferrer">
                <GlobalOutlined /> {t('procedures.publicPage')}
              </a>
              <a href={procedureSheetPath(body, p.code)} target="_blank" rel="noopener noreferrer">
                <PrinterOutlined /> {t('procedures.postingSheet')}
              </a>
            </>
          )}
          {/* The server prints no sheet for a procedure that has ended. */}
          {(p.status === 'in_force' || p.status === 'not_yet_in_force') && (
            <DownloadMenu
              label={t('procedures.sheetFiles')}
              files={[
                { key: 'docx', label: t('procedures.sheetDocx'), href: `/api/procedures/${p.id}/posting-sheet.docx` },
                { key: 'pdf', label: t('procedures.sheetPdf'), href: `/api/procedures/${p.id}/posting-sheet.pdf` },
              ]}
            />
          )}
        </Space>
      </div>
      <StandingAlert procedure={p} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <ProcedureContent procedure={p} />
          <Card size="small" title={t('procedures.forms')} className="procedure-card">
            <ProcedureForms procedure={p} />
          </Card>
        </Col>
        <Col xs={24} lg={9}>
          <Card size="small" title={t('procedures.postings')} className="procedure-card">
            <ProcedurePostings postings={p.postings} currentVersion={p.version} />
          </Card>
          <Card size="small" title={t('procedures.events')} className="procedure-card">
            <ProcedureEvents events={p.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}

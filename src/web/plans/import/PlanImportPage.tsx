import { InboxOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App as AntApp, Button, Card, Col, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PlanDraft } from '../../../shared/schemas/plan-import';
import type { PlanImportResult } from '../../../shared/schemas/plan-import-api';
import { api, isApiError } from '../../api/client';
import { useT } from '../../i18n/I18nProvider';
import { PageHeader } from '../../layout/PageHeader';
import { useOrganizations } from '../../organizations/queries';
import { useMe } from '../../session/MeContext';
import { planPath } from '../planColumns';
import { useAssigneeDirectory } from '../useAssigneeDirectory';
import { useDraftingBodies } from '../useDraftingBodies';
import { choiceOf } from './choices';
import { DraftFields } from './DraftFields';
import { ImportTaskTable, type ReviewTask } from './ImportTaskTable';
import { savePlanImport } from './savePlanImport';
import { SourcePane } from './SourcePane';
import './plan-import.css';

type Review = { source: PlanImportResult; draft: Omit<PlanDraft, 'tasks'> & { tasks: ReviewTask[] } };

/** The tasks with each written name replaced by the picker value of its match, the written names kept beside. */
function reviewOf(source: PlanImportResult): Review {
  const pick = (name: string | null) => (name ? choiceOf(source.assignees[name]) : null);
  const tasks = source.draft.tasks.map((task) => ({
    ...task,
    writtenLead: task.lead,
    writtenCoordinators: task.coordinators,
    lead: pick(task.lead),
    coordinators: task.coordinators.map(pick).filter((k): k is string => k !== null),
  }));
  return { source, draft: { ...source.draft, tasks } };
}

/** Import an existing plan: upload, review the draft beside its source, correct, and save as a draft plan. */
export function PlanImportPage() {
  const t = useT();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const bodies = useDraftingBodies();
  const me = useMe();
  const orgs = useOrganizations();
  const [bodyId, setBodyId] = useState<string | undefined>(bodies[0]?.id);
  const body = bodies.find((b) => b.id === bodyId) ?? bodies[0] ?? { id: '', name: '' };
  const directory = useAssigneeDirectory(body);
  const [review, setReview] = useState<Review | null>(null);
  const [reading, setReading] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [line, setLine] = useState<number | null>(null);

  const proposalNames = useMemo(
    () => Object.entries(review?.source.assignees ?? {}).flatMap(([name, match]) => ('id' in match ? [] : [name])),
    [review],
  );

  const upload = async (file: File) => {
    const form = new FormData();
    form.append('organizationId', body.id);
    form.append('file', file);
    setReading(true);
    setError(null);
    try {
      setReview(reviewOf(await api<PlanImportResult>('/api/plan-imports', { method: 'POST', body: form })));
    } catch (e) {
      setError(isApiError(e) && e.message ? e.message : t('error.unexpected'));
    } finally {
      setReading(false);
    }
  };

  const save = async () => {
    if (!review) return;
    if (!review.draft.title?.trim()) return setError(t('planImport.titleRequired'));
    setSaving(true);
    setError(null);
    try {
      const plan = await savePlanImport(review.draft, body, orgs.items);
      await queryClient.invalidateQueries();
      message.success(t('planImport.saved'));
      navigate(planPath(plan.id));
    } catch (e) {
      setError(isApiError(e) && e.message ? e.message : t('error.unexpected'));
      setSaving(false);
    }
  };

  const patch = (next: Partial<Review['draft']>) => setReview((r) => (r ? { ...r, draft: { ...r.draft, ...next } } : r));

  return (
    <>
      <PageHeader
        title={t('planImport.pageTitle')}
        extra={
          review && (
            <Space wrap>
              <Button onClick={() => setReview(null)}>{t('planImport.another')}</Button>
              <Button type="primary" icon={<SaveOutlined />} loading={saving} onClick={save}>
                {t('planImport.save')}
              </Button>
            </Space>
          )
        }
      />
      {error && <Alert type="error" showIcon message={error} className="plan-import-error" closable onClose={() => setError(null)} />}
      {!review ? (
        <Card size="small">
          {bodies.length > 1 && (
            <Space className="plan-import-body">
              <Typography.Text>{t('planImport.body')}</Typography.Text>
              <Select value={body.id} options={bodies.map((b) => ({ value: b.id, label: b.name }))} onChange={setBodyId} />
            </Space>
          )}
          <Spin spinning={reading} tip={t('planImport.reading')}>
            <Upload.Dragger accept=".docx,.pdf,.txt,.md" showUploadList={false} beforeUpload={(file) => (void upload(file), false)} data-testid="import-upload">
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t('planImport.uploadHint')}</p>
              <p className="ant-upload-hint">{t('planImport.uploadNote')}</p>
            </Upload.Dragger>
          </Spin>
        </Card>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={9}>
              <div className="plan-import-sticky">
                <SourcePane text={review.source.sourceText} problems={review.draft.problems} active={line} onPick={setLine} />
              </div>
            </Col>
            <Col xs={24} xl={15}>
              <Card size="small" title={t('planImport.draft')} className="plan-import-pane">
                <DraftFields draft={review.draft} onChange={patch} />
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t('planImport.tasks', { count: review.draft.tasks.length })} className="plan-import-tasks">
            <ImportTaskTable tasks={review.draft.tasks} options={directory.options} proposalNames={proposalNames} canCreateUnits={me.roles.some((g) => g.role === 'admin')} onChange={(tasks) => patch({ tasks })} />
          </Card>
        </>
      )}
    </>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Form, Input, Result, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { MEDIA_KINDS } from '../../shared/media-vocabulary';
import { REFORM_AREAS } from '../../shared/plan-vocabulary';
import type { MediaItemDto } from '../../shared/schemas/media';
import { errorMessage, showFieldErrors } from '../forms/errors';
import { useUnsavedWarning } from '../forms/useUnsavedWarning';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useOrganizations } from '../organizations/queries';
import { reformAreaLabel } from '../plans/labels';
import { useMe } from '../session/MeContext';
import { mediaItemPath, mediaKindLabel } from './labels';
import { LazyRichTextEditor } from './LazyRichTextEditor';
import { MediaFiles } from './MediaFiles';
import { useMediaItem, useSaveMediaItem, type MediaCreate } from './queries';
import { linksFromItem, linksToBody } from './task-links';
import { TaskLinkPicker } from './TaskLinkPicker';
import './media.css';

type Values = Pick<MediaCreate, 'kind' | 'title' | 'bodyHtml' | 'reformAreas' | 'goodPractice'> & { summary?: string; unitId?: string; links?: string[] };

const FIELDS = ['kind', 'title', 'summary', 'bodyHtml', 'reformAreas', 'unitId', 'goodPractice'] as const;

/** `/truyen-thong/de-xuat` proposes a new item; `/truyen-thong/:id/sua` edits one. */
export function MediaItemFormPage() {
  const { id } = useParams();
  const t = useT();
  const item = useMediaItem(id ?? '');
  if (!id) return <MediaItemForm item={null} />;
  if (item.isPending) return <Skeleton active />;
  if (item.isError) return <Alert type="error" showIcon title={errorMessage(item.error, t)} />;
  if (!item.data.can.edit) return <Result status="403" title={t('error.forbiddenTitle')} subTitle={t('media.cannotEdit')} />;
  return <MediaItemForm key={item.data.id} item={item.data} />;
}

function MediaItemForm({ item }: { item: MediaItemDto | null }) {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [dirty, setDirty] = useState(false);
  useUnsavedWarning(dirty);
  const bodyId = item?.organization.id ?? me.organization.id;
  const units = useProposingUnits(bodyId);

  const save = useSaveMediaItem(
    item?.id ?? null,
    (values: Values) => ({
      kind: values.kind,
      title: values.title,
      summary: values.summary?.trim() || null,
      bodyHtml: values.bodyHtml ?? '',
      reformAreas: values.reformAreas ?? [],
      unitId: values.unitId ?? null,
      goodPractice: values.goodPractice ?? false,
      ...linksToBody(values.links),
    }),
    (saved) => {
      setDirty(false);
      void message.success(t(item ? 'media.saved' : 'media.created'));
      navigate(mediaItemPath(saved.id));
    },
  );

  const initialValues: Partial<Values> = item
    ? {
        kind: item.kind,
        title: item.title,
        summary: item.summary ?? undefined,
        bodyHtml: item.bodyHtml,
        reformAreas: item.reformAreas,
        unitId: item.unit?.id,
        links: linksFromItem(item.tasks),
        goodPractice: item.goodPractice,
      }
    : { kind: 'news', bodyHtml: '', reformAreas: [], goodPractice: false, unitId: units.mine ?? undefined, links: [] };

  return (
    <>
      <Link to={item ? mediaItemPath(item.id) : '/truyen-thong'} className="media-back">
        <ArrowLeftOutlined /> {item ? item.title : t('media.back')}
      </Link>
      <PageHeader title={t(item ? 'media.editTitle' : 'media.newTitle')} />
      <Card size="small" className="media-card">
        {save.isError && <Alert type="error" showIcon title={errorMessage(save.error, t)} className="form-alert" />}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onValuesChange={() => setDirty(true)}
          onFinish={(values) => save.mutate(values, { onError: (error) => showFieldErrors(form, error, FIELDS) })}
        >
          <div className="form-grid-2">
            <Form.Item name="kind" label={t('media.kind')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={MEDIA_KINDS.map((kind) => ({ value: kind, label: mediaKindLabel(t, kind) }))} />
            </Form.Item>
            <Form.Item name="unitId" label={t('media.unit')}>
              <Select
                allowClear={!units.locked}
                disabled={units.locked && units.options.length <= 1}
                placeholder={t('media.unitPlaceholder')}
                options={units.options}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </div>
          <Form.Item name="title" label={t('media.title')} rules={[{ required: true, whitespace: true, message: t('media.titleRequired') }]}>
            <Input maxLength={300} showCount />
          </Form.Item>
          <Form.Item name="summary" label={t('media.summary')} extra={t('media.summaryHelp')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
          </Form.Item>
          <Form.Item name="bodyHtml" label={t('media.body')}>
            <LazyRichTextEditor aria-label={t('media.body')} />
          </Form.Item>
          <Form.Item name="reformAreas" label={t('media.reformAreas')}>
            <Select mode="multiple" allowClear placeholder={t('media.reformAreasPlaceholder')} options={REFORM_AREAS.map((area) => ({ value: area, label: reformAreaLabel(t, area) }))} />
          </Form.Item>
          <Form.Item name="links" label={t('media.links')} extra={t('media.linksHelp')}>
            <TaskLinkPicker bodyId={bodyId} linkedPlanIds={[...new Set(item?.tasks.map((task) => task.planId) ?? [])]} />
          </Form.Item>
          <Form.Item name="goodPractice" valuePropName="checked" extra={t('media.goodPracticeHelp')}>
            <Checkbox>{t('media.goodPractice')}</Checkbox>
          </Form.Item>
          {!item && <Alert type="info" showIcon title={t('media.filesAfterSave')} className="form-alert" />}
          <div className="media-form-actions">
            <Button onClick={() => navigate(item ? mediaItemPath(item.id) : '/truyen-thong')}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </div>
        </Form>
      </Card>
      {item && (
        <Card size="small" title={t('media.files')} className="media-card">
          <MediaFiles item={item} editable />
        </Card>
      )}
    </>
  );
}

/**
 * The departments an item may come from: a department's own staff propose for their department only;
 * the body's editor, coordinator or director for any department of the body (or none, for the body itself).
 */
function useProposingUnits(bodyId: string) {
  const me = useMe();
  const orgs = useOrganizations();
  const mine = me.roles.filter((grant) => grant.role === 'reporter' && grant.organization.bodyId === bodyId).map((grant) => grant.organization);
  const locked = !me.roles.some((grant) => grant.role !== 'reporter' && grant.role !== 'viewer' && grant.organization.id === bodyId);
  const units = locked ? mine : orgs.items.filter((org) => org.bodyId === bodyId && !org.isBody && !org.retiredAt);
  return { mine: mine[0]?.id ?? null, locked, options: units.map((unit) => ({ value: unit.id, label: unit.name })) };
}

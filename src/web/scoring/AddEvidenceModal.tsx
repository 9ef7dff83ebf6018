import { InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Radio, Skeleton, Tabs, Upload } from 'antd';
import { useState } from 'react';
import type { AssessmentCriterionDto, EvidenceOptionsDto, ScoringEvidenceInput } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { EvidencePickList, type PickOption } from './EvidencePickList';
import { useAddEvidence, useEvidenceOptions, useUploadEvidence } from './queries';

type Source = 'occurrence' | 'report' | 'media_item' | 'procedure' | 'figure';

/** Each list the system offers, and the body that attaches one of its items to a criterion. */
const SOURCES: { source: Source; options: (o: EvidenceOptionsDto) => PickOption[]; input: (code: string, id: string) => ScoringEvidenceInput }[] = [
  { source: 'occurrence', options: (o) => o.occurrences, input: (criterionCode, occurrenceId) => ({ source: 'occurrence', criterionCode, occurrenceId }) },
  { source: 'report', options: (o) => o.reports, input: (criterionCode, reportId) => ({ source: 'report', criterionCode, reportId }) },
  { source: 'media_item', options: (o) => o.mediaItems, input: (criterionCode, mediaItemId) => ({ source: 'media_item', criterionCode, mediaItemId }) },
  { source: 'procedure', options: (o) => o.procedures, input: (criterionCode, procedureId) => ({ source: 'procedure', criterionCode, procedureId }) },
  {
    source: 'figure',
    options: (o) => o.figures.map((f) => ({ id: f.figure, label: f.label, detail: f.detail })),
    input: (criterionCode, figure) => ({ source: 'figure', criterionCode, figure: figure as Extract<ScoringEvidenceInput, { source: 'figure' }>['figure'] }),
  },
];

/** A criterion's guide naming a figure points to the list that proves it. */
const FIGURE_SOURCES: Record<string, Source> = { tasks_on_time: 'occurrence', reports_on_time: 'report', procedures_posted: 'procedure' };

type Props = { assessmentId: string; criterion: AssessmentCriterionDto; onClose: () => void };

/**
 * Evidence for one criterion: picked from what the system already holds of the body (work done, reports
 * sent, items published, procedures posted, the figures it computes), a link, or a file. It stays open
 * so several can be added; each is on the criterion as soon as it is added.
 */
export function AddEvidenceModal({ assessmentId, criterion: c, onClose }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const options = useEvidenceOptions(assessmentId, true);
  const add = useAddEvidence(assessmentId);
  const upload = useUploadEvidence(assessmentId);
  const failure = add.error ?? upload.error;
  const added = (n: number) => void message.success(t('scoring.evidenceAdded', { n }));

  const attach = async (inputs: ScoringEvidenceInput[]) => {
    for (const input of inputs) await add.mutateAsync(input);
    added(inputs.length);
  };
  const lists = SOURCES.map((s) => ({ ...s, items: options.data ? s.options(options.data) : [] }));
  // What the criterion already holds, by where it came from and its words: offered again, it is shown as attached.
  const held = new Set(c.evidence.map((e) => `${e.source}|${e.label}`));
  const attached = (source: Source, option: PickOption) => held.has(`${source}|${option.label}`);
  const suggested = (c.proposal && FIGURE_SOURCES[c.proposal.figure]) ?? lists.find((l) => l.items.length > 0)?.source ?? 'figure';

  return (
    <Modal open title={t('scoring.addEvidenceTitle', { code: c.code, name: c.name })} onCancel={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} width={760} destroyOnHidden>
      {failure && <Alert type="error" showIcon title={errorMessage(failure, t)} className="form-alert" />}
      {options.isError && <Alert type="error" showIcon title={errorMessage(options.error, t)} className="form-alert" />}
      {options.isPending ? (
        <Skeleton active />
      ) : (
        <Tabs
          items={[
            {
              key: 'system',
              label: t('scoring.fromSystem'),
              children: <SystemLists lists={lists} initial={suggested} attached={attached} busy={add.isPending} onAttach={(input, ids) => attach(ids.map((id) => input(c.code, id)))} />,
            },
            { key: 'link', label: t('scoring.source.link'), children: <LinkForm busy={add.isPending} onAdd={(url, name) => attach([{ source: 'link', criterionCode: c.code, url, name }])} /> },
            {
              key: 'file',
              label: t('scoring.uploadTab'),
              children: (
                <Upload.Dragger
                  multiple={false}
                  showUploadList={false}
                  disabled={upload.isPending}
                  // Sent by our own request: the server wants the criterion before the file, and its refusals in our words.
                  beforeUpload={(file) => {
                    upload.mutate({ criterionCode: c.code, file }, { onSuccess: () => added(1) });
                    return false;
                  }}
                >
                  <p className="ant-upload-drag-icon">
                    <InboxOutlined aria-hidden />
                  </p>
                  <p className="ant-upload-text">{t(upload.isPending ? 'scoring.uploading' : 'scoring.uploadHint')}</p>
                  <p className="ant-upload-hint">{t('scoring.uploadTypes')}</p>
                </Upload.Dragger>
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}

type SourceList = (typeof SOURCES)[number] & { items: PickOption[] };

/** The five lists the system offers, one at a time: a row of choices (it wraps on a phone) and the chosen list. */
type SystemListsProps = {
  lists: SourceList[];
  initial: Source;
  attached: (source: Source, option: PickOption) => boolean;
  busy: boolean;
  onAttach: (input: SourceList['input'], ids: string[]) => Promise<void>;
};

function SystemLists({ lists, initial, attached, busy, onAttach }: SystemListsProps) {
  const t = useT();
  const [source, setSource] = useState<Source>(initial);
  const list = lists.find((l) => l.source === source)!;
  return (
    <div className="evidence-sources">
      <Radio.Group
        optionType="button"
        aria-label={t('scoring.sourceChoice')}
        value={source}
        onChange={(e) => setSource(e.target.value as Source)}
        options={lists.map((l) => ({ value: l.source, label: `${t(`scoring.source.${l.source}`)} (${l.items.length})` }))}
        className="evidence-source-choice"
      />
      <EvidencePickList
        key={source}
        options={list.items}
        attached={(option) => attached(source, option)}
        emptyText={t(`scoring.noOptions.${source}`)}
        busy={busy}
        onAttach={(ids) => onAttach(list.input, ids)}
      />
    </div>
  );
}

/** A link to a document kept elsewhere (the body's document system, a shared drive). */
function LinkForm({ busy, onAdd }: { busy: boolean; onAdd: (url: string, name: string) => Promise<void> }) {
  const t = useT();
  const [form] = Form.useForm<{ name: string; url: string }>();
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) =>
        onAdd(v.url.trim(), v.name.trim()).then(
          () => form.resetFields(),
          () => undefined,
        )
      }
    >
      <Form.Item name="name" label={t('scoring.linkName')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="url" label={t('scoring.linkUrl')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input maxLength={2000} placeholder="https://" inputMode="url" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('scoring.addLink')}
      </Button>
    </Form>
  );
}

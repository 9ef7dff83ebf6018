import { OrderedListOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Popconfirm, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { CriteriaSetDto } from '../api/types';
import { useUnsavedWarning } from '../forms/useUnsavedWarning';
import { useT } from '../i18n/I18nProvider';
import { useNarrowScreen } from '../layout/useNarrowScreen';
import { addArea, defaultBands, draftFrom, draftProblems, leafCount, pointsText, renumber, toInput, totalPoints, type Band, type CriterionSource, type DraftCriterion } from './criteria-model';
import { useCreateCriteriaSet, useUpdateCriteriaSet } from './criteria-queries';
import { CriteriaBandsEditor } from './CriteriaBandsEditor';
import type { EditTree } from './CriteriaFields';
import { CriteriaDraftProblems, CriteriaImportProblems, CriteriaRefusal, flagsOf, refusalDetails } from './CriteriaProblems';
import { CriteriaTreeEditor } from './CriteriaTreeEditor';
import { CriteriaTreeEditorCards } from './CriteriaTreeEditorCards';
import './criteria-sets.css';

type Problem = { code: string | null; message: string };

/** What the editor opens with. `bands: null` gives the usual classes, kept scaled to the total until the person changes them. */
export type EditorStart = { name: string; year: number; areas: readonly CriterionSource[]; bands: Band[] | null; importProblems?: readonly Problem[] };

type Props = {
  /** The saved set being changed; without it, the editor makes a new set for the year chosen. */
  set?: CriteriaSetDto;
  start: EditorStart;
  /** The name a new set takes for a year, followed while the person has not written their own. */
  nameForYear?: (year: number) => string;
  onSaved: (set: CriteriaSetDto) => void;
  onCancel: () => void;
};

/**
 * A criteria set being written: its year and name, the tree of criteria and the classes, sent whole on
 * "Lưu". Parents' maximums add themselves up, so what is left for the server to refuse (codes used
 * twice, classes out of order) comes back in its words, on the rows it names.
 */
export function CriteriaSetEditor({ set, start, nameForYear, onSaved, onCancel }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const narrow = useNarrowScreen();
  const initial = useMemo(() => ({ tree: draftFrom(start.areas), bands: start.bands }), [start]);
  const [year, setYear] = useState<number | null>(start.year);
  const [name, setName] = useState(start.name);
  const [nameFollowsYear, setNameFollowsYear] = useState(!set && nameForYear?.(start.year) === start.name);
  const [tree, setTree] = useState<DraftCriterion[]>(initial.tree);
  const [ownBands, setOwnBands] = useState<Band[] | null>(initial.bands);
  const [tried, setTried] = useState(false);
  const total = totalPoints(tree);
  const bands = ownBands ?? defaultBands(total);

  const saved = (next: CriteriaSetDto) => {
    void message.success(t(set ? 'scoring-sets.saved' : 'scoring-sets.created', { year: next.year }));
    onSaved(next);
  };
  const create = useCreateCriteriaSet(saved);
  const update = useUpdateCriteriaSet(set?.id ?? '', saved);
  const write = set ? update : create;

  const body = { name: name.trim(), areas: toInput(tree), bands: bands.map((b) => ({ name: b.name.trim(), minPoints: b.minPoints })) };
  const dirty = !set || JSON.stringify(body) !== JSON.stringify({ name: set.name, areas: toInput(initial.tree), bands: set.bands });
  useUnsavedWarning(dirty);

  const rowProblems = draftProblems(tree);
  const others = [
    ...(!set && !year ? [t('scoring-sets.missing.year')] : []),
    ...(body.name ? [] : [t('scoring-sets.missing.setName')]),
    ...(tree.length === 0 ? [t('scoring-sets.missing.areas')] : []),
    ...(body.bands.some((b) => !b.name) ? [t('scoring-sets.missing.bandName')] : []),
  ];
  const refused = write.error ? refusalDetails(write.error) : [];
  // Only the server's refusals go on the rows: the sheet's problems are listed above, and the sums they name are already redone.
  const flags = flagsOf(refused.map((d) => ({ code: d.field, message: d.message })));

  const edit: EditTree = (change) => setTree((current) => change(current));
  const save = () => {
    setTried(true);
    if (rowProblems.length > 0 || others.length > 0) return;
    if (set) update.mutate(body);
    else create.mutate({ ...body, year: year! });
  };
  const changeYear = (next: number | null) => {
    setYear(next);
    if (nameFollowsYear && next && nameForYear) setName(nameForYear(next));
  };
  const TreeEditor = narrow ? CriteriaTreeEditorCards : CriteriaTreeEditor;
  const totalLine = <Typography.Text strong>{t('scoring-sets.totalLine', { points: pointsText(total), n: leafCount(tree) })}</Typography.Text>;

  return (
    <div className="criteria-set-editor">
      <CriteriaImportProblems problems={start.importProblems ?? []} note={t('scoring-sets.import.summed')} closable />
      <Card size="small" className="criteria-card" title={t('scoring-sets.general')}>
        <Form layout="vertical" component="div" className="criteria-general">
          {!set && (
            <Form.Item label={t('scoring-sets.year')} htmlFor="criteria-set-year" required validateStatus={tried && !year ? 'error' : undefined}>
              <InputNumber id="criteria-set-year" min={2000} max={2100} value={year} onChange={(v) => changeYear(typeof v === 'number' ? v : null)} />
            </Form.Item>
          )}
          <Form.Item label={t('scoring-sets.name')} htmlFor="criteria-set-name" required validateStatus={tried && !body.name ? 'error' : undefined} className="criteria-name-item">
            <Input
              id="criteria-set-name"
              value={name}
              maxLength={300}
              onChange={(e) => {
                setName(e.target.value);
                setNameFollowsYear(false);
              }}
            />
          </Form.Item>
        </Form>
      </Card>
      <Card
        size="small"
        className="criteria-card"
        title={t('scoring-sets.criteria')}
        extra={!narrow && totalLine}
      >
        {narrow && <Typography.Paragraph>{totalLine}</Typography.Paragraph>}
        <Typography.Paragraph type="secondary">{t('scoring-sets.editorHelp')}</Typography.Paragraph>
        <TreeEditor tree={tree} edit={edit} problems={tried ? rowProblems : []} flags={flags} />
        <Space wrap className="criteria-tree-buttons">
          <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={() => edit(addArea)}>
            {t('scoring-sets.addArea')}
          </Button>
          <Button icon={<OrderedListOutlined aria-hidden />} onClick={() => edit(renumber)} disabled={tree.length === 0} title={t('scoring-sets.renumberHelp')}>
            {t('scoring-sets.renumber')}
          </Button>
        </Space>
      </Card>
      <Card size="small" className="criteria-card" title={t('scoring-sets.bands')}>
        <CriteriaBandsEditor bands={bands} total={total} onChange={setOwnBands} messages={flags.get('bands')} />
      </Card>
      <div className="criteria-save-bar" role="region" aria-label={t('scoring-sets.saveBar')}>
        {tried && <CriteriaDraftProblems problems={rowProblems} others={others} />}
        {write.isError && <CriteriaRefusal error={write.error} />}
        <Space wrap>
          {set && dirty && <Typography.Text type="warning">{t('scoring-sets.unsaved')}</Typography.Text>}
          {dirty ? (
            <Popconfirm title={t('scoring-sets.discardQuestion')} okText={t('scoring-sets.discard')} cancelText={t('scoring-sets.keepEditing')} onConfirm={onCancel}>
              <Button disabled={write.isPending}>{t('common.cancel')}</Button>
            </Popconfirm>
          ) : (
            <Button onClick={onCancel}>{t('common.cancel')}</Button>
          )}
          <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={write.isPending} disabled={!dirty} onClick={save}>
            {t('scoring-sets.save')}
          </Button>
        </Space>
      </div>
    </div>
  );
}

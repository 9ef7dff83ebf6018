import { Alert, Form, Input, InputNumber, Modal } from 'antd';
import { useState } from 'react';
import type { CriteriaSetDto } from '../api/types';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { defaultYear } from './criteria-model';
import { useCopyCriteriaSet } from './criteria-queries';

type Props = { set: CriteriaSetDto; takenYears: readonly number[]; onClose: () => void; onCopied: (copy: CriteriaSetDto) => void };

/** The name the copy takes for a year, as the server would make it: the year in the name changed. */
const nameFor = (set: CriteriaSetDto, year: number) => set.name.replace(String(set.year), String(year));

/** Next year's set from this one, to edit what changed: the year (the first one without a set) and the name. */
export function CriteriaCopyModal({ set, takenYears, onClose, onCopied }: Props) {
  const t = useT();
  const first = defaultYear(takenYears, set.year + 1);
  const [year, setYear] = useState<number | null>(first);
  const [name, setName] = useState(nameFor(set, first));
  const [ownName, setOwnName] = useState(false);
  const copy = useCopyCriteriaSet(set.id, onCopied);
  const submit = () => year && name.trim() && copy.mutate({ year, name: name.trim() });
  return (
    <Modal
      open
      title={t('scoring-sets.copy.title', { year: set.year })}
      okText={t('scoring-sets.copy.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !year || !name.trim(), loading: copy.isPending }}
      onOk={submit}
      onCancel={onClose}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('scoring-sets.copy.year')} htmlFor="criteria-copy-year" required extra={takenYears.length > 0 ? t('scoring-sets.copy.taken', { years: [...takenYears].sort().join(', ') }) : undefined}>
          <InputNumber
            id="criteria-copy-year"
            min={2000}
            max={2100}
            value={year}
            onChange={(v) => {
              const next = typeof v === 'number' ? v : null;
              setYear(next);
              if (next && !ownName) setName(nameFor(set, next));
            }}
            onPressEnter={submit}
          />
        </Form.Item>
        <Form.Item label={t('scoring-sets.copy.name')} htmlFor="criteria-copy-name" required>
          <Input
            id="criteria-copy-name"
            value={name}
            maxLength={300}
            onChange={(e) => {
              setName(e.target.value);
              setOwnName(true);
            }}
          />
        </Form.Item>
      </Form>
      {copy.isError && <Alert type="error" showIcon title={errorMessage(copy.error, t)} />}
    </Modal>
  );
}

import { Button, Checkbox, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { useRoundChoices } from './useRoundChoices';

/** What opening and changing a round share: its name, bodies, two deadlines and review team. */
export type RoundValues = { name?: string; bodyIds: string[]; selfDeadline: Dayjs; reviewDeadline: Dayjs; reviewerIds: string[] };

export const ROUND_FIELDS = ['name', 'bodyIds', 'selfDeadline', 'reviewDeadline', 'reviewerIds'] as const;

/** The API's days (yyyy-mm-dd) from the pickers'. */
export const roundBody = (v: RoundValues) => ({
  name: v.name?.trim() || undefined,
  bodyIds: v.bodyIds,
  selfDeadline: v.selfDeadline.format('YYYY-MM-DD'),
  reviewDeadline: v.reviewDeadline.format('YYYY-MM-DD'),
  reviewerIds: v.reviewerIds ?? [],
});

export const pickerDay = (day: string) => dayjs(day);

type Props = { ownerId: string; namePlaceholder?: string; /** A new round's self-assessment cannot be due in the past. */ futureOnly?: boolean };

export function RoundFields({ ownerId, namePlaceholder, futureOnly = false }: Props) {
  const t = useT();
  const form = Form.useFormInstance<RoundValues>();
  const { bodies, people, loading } = useRoundChoices(ownerId);
  const required = { required: true, message: t('form.required') };
  return (
    <>
      <Form.Item name="name" label={t('scoring.roundName')}>
        <Input maxLength={300} placeholder={namePlaceholder} />
      </Form.Item>
      <Form.Item
        label={
          <Space size={8}>
            {t('scoring.bodiesScored')}
            <Button size="small" type="link" onClick={() => form.setFieldValue('bodyIds', bodies.map((b) => b.value))} disabled={bodies.length === 0}>
              {t('scoring.allBodies')}
            </Button>
          </Space>
        }
        required
      >
        <Form.Item name="bodyIds" noStyle rules={[{ required: true, type: 'array', min: 1, message: t('scoring.bodiesRequired') }]}>
          <Checkbox.Group className="scoring-body-choices" options={bodies} aria-label={t('scoring.bodiesScored')} />
        </Form.Item>
        {!loading && bodies.length === 0 && <Typography.Text type="secondary">{t('scoring.noBodies')}</Typography.Text>}
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="selfDeadline" label={t('scoring.selfDeadline')} rules={[required]}>
            <DatePicker format={DATE_PICKER_FORMAT} className="full-width" disabledDate={futureOnly ? (d) => d.isBefore(dayjs(), 'day') : undefined} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="reviewDeadline"
            label={t('scoring.reviewDeadline')}
            dependencies={['selfDeadline']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value?: Dayjs) => {
                  const self: Dayjs | undefined = getFieldValue('selfDeadline');
                  return !value || !self || !value.isBefore(self, 'day') ? Promise.resolve() : Promise.reject(new Error(t('scoring.reviewAfterSelf')));
                },
              }),
            ]}
          >
            <DatePicker format={DATE_PICKER_FORMAT} className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="reviewerIds" label={t('scoring.reviewers')} extra={t('scoring.reviewersHelp')}>
        <Select mode="multiple" options={people} loading={loading} showSearch={{ optionFilterProp: 'label' }} placeholder={t('scoring.reviewersPlaceholder')} />
      </Form.Item>
    </>
  );
}

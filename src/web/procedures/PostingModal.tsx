import { CameraOutlined } from '@ant-design/icons';
import { Alert, Button, DatePicker, Form, Input, Select, Upload, type UploadFile } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { POSTING_PLACES, type PostingPlace } from '../../shared/procedure-vocabulary';
import type { PostingDto, ProcedureDto } from '../../shared/schemas/procedures';
import { isWebAddress } from '../../shared/schemas/web-address';
import { DATE_PICKER_FORMAT } from '../format/dates';
import { FormModal } from '../forms/FormModal';
import { useT } from '../i18n/I18nProvider';
import { postingPlaceLabel } from './labels';
import { useAddPosting } from './queries';

type Values = { place: PostingPlace; postedOn: Dayjs; photo?: UploadFile[]; proofUrl?: string; note?: string };
const FIELDS = ['place', 'postedOn', 'proofUrl', 'note'] as const;

/** The server's limit for a proof (POSTING_PROOF_FILES), checked before sending. */
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.jpg,.jpeg,.png,.gif,.webp,.pdf';

type Props = { procedure: ProcedureDto; onClose: () => void; onSaved: (posting: PostingDto) => void };

/** Records that the procedure as it stands now was posted somewhere, with a photo of the board or a link as proof. */
export function PostingModal({ procedure: p, onClose, onSaved }: Props) {
  const t = useT();
  const save = useAddPosting(
    p.id,
    (v: Values) => ({
      posting: { place: v.place, postedOn: v.postedOn.format('YYYY-MM-DD'), proofUrl: v.proofUrl?.trim() || null, note: v.note?.trim() || null },
      photo: v.photo?.[0]?.originFileObj,
    }),
    onSaved,
  );

  return (
    <FormModal<Values>
      title={t('procedures.postTitle', { code: p.code })}
      submit={save}
      onClose={onClose}
      fields={FIELDS}
      initialValues={{ place: p.lastPosting?.place ?? 'premises', postedOn: dayjs() }}
      okText={t('procedures.post')}
      width={560}
    >
      <Alert type="info" showIcon title={t('procedures.postVersion', { version: p.version })} className="form-alert" />
      <Form.Item name="place" label={t('procedures.postPlace')} rules={[{ required: true, message: t('form.required') }]}>
        <Select options={POSTING_PLACES.map((place) => ({ value: place, label: postingPlaceLabel(t, place) }))} />
      </Form.Item>
      <Form.Item name="postedOn" label={t('procedures.postedOn')} rules={[{ required: true, message: t('form.required') }]}>
        {/* A posting is a record of what was done: not a day still to come. */}
        <DatePicker format={DATE_PICKER_FORMAT} disabledDate={(day) => day.isAfter(dayjs(), 'day')} className="full-width" />
      </Form.Item>
      <Form.Item
        name="photo"
        label={t('procedures.proofPhoto')}
        extra={t('procedures.photoHelp')}
        valuePropName="fileList"
        getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
        rules={[{ validator: (_, files?: UploadFile[]) => ((files?.[0]?.size ?? 0) > MAX_BYTES ? Promise.reject(new Error(t('procedures.tooLarge'))) : Promise.resolve()) }]}
      >
        {/* Kept in the form and sent with it: nothing is uploaded until the posting is saved. */}
        <Upload accept={ACCEPT} maxCount={1} listType="picture" beforeUpload={() => false}>
          <Button icon={<CameraOutlined />}>{t('procedures.choosePhoto')}</Button>
        </Upload>
      </Form.Item>
      <Form.Item
        name="proofUrl"
        label={t('procedures.proofUrl')}
        extra={t('procedures.proofUrlHelp')}
        rules={[{ validator: (_, value?: string) => (!value?.trim() || isWebAddress(value.trim()) ? Promise.resolve() : Promise.reject(new Error(t('procedures.proofUrlInvalid')))) }]}
      >
        <Input maxLength={1000} placeholder="https://" />
      </Form.Item>
      <Form.Item name="note" label={t('procedures.note')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} placeholder={t('procedures.postNotePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

import { Form, Input } from 'antd';
import { ListField } from '../../forms/ListField';
import { useT } from '../../i18n/I18nProvider';

type Props = { name: 'bases' | 'recipients'; addLabel: string; rowLabel: (index: number) => string; placeholder: string; disabled: boolean };

/** A list of lines of the document ("Căn cứ …", "Nơi nhận"), each written without its closing punctuation. */
export function TextListField({ name, addLabel, rowLabel, placeholder, disabled }: Props) {
  const t = useT();
  return (
    <ListField name={['content', name]} addLabel={addLabel} newItem={() => ''} rowLabel={rowLabel} disabled={disabled}>
      {(field, i) => (
        <Form.Item name={field.name} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} placeholder={placeholder} aria-label={rowLabel(i)} />
        </Form.Item>
      )}
    </ListField>
  );
}

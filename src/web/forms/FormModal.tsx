import type { UseMutationResult } from '@tanstack/react-query';
import { Alert, Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { errorMessage, showFieldErrors } from './errors';

type Props<Values> = {
  title: ReactNode;
  /** Sends the values; its failure is shown above the form. */
  submit: Pick<UseMutationResult<unknown, Error, Values>, 'mutate' | 'isPending' | 'isError' | 'error'>;
  onClose: () => void;
  /** Server validation messages naming one of these fields land on it (see showFieldErrors). */
  fields?: readonly string[];
  /** Pass one when the caller needs it, e.g. to watch a field or reset the form; otherwise the modal makes its own. */
  form?: FormInstance<Values>;
  initialValues?: Partial<Values>;
  open?: boolean;
  okText?: ReactNode;
  okDisabled?: boolean;
  width?: number;
  children: ReactNode;
};

/** A dialog holding one vertical form whose OK button submits it. */
export function FormModal<Values extends object>({
  title,
  submit,
  onClose,
  fields = [],
  form: givenForm,
  initialValues,
  open = true,
  okText,
  okDisabled,
  width,
  children,
}: Props<Values>) {
  const t = useT();
  const [ownForm] = Form.useForm<Values>();
  const form = givenForm ?? ownForm;

  return (
    <Modal
      open={open}
      width={width}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={submit.isPending}
      okButtonProps={{ disabled: okDisabled }}
      destroyOnHidden
    >
      {submit.isError && <Alert type="error" showIcon title={errorMessage(submit.error, t)} className="form-alert" />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => submit.mutate(values, { onError: (error) => showFieldErrors(form, error, fields) })}
      >
        {children}
      </Form>
    </Modal>
  );
}

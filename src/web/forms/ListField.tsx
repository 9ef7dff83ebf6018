import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';
import { RowButtons } from './RowButtons';
import './forms.css';

type Props = {
  name: (string | number)[];
  addLabel: string;
  /** What "add" appends. */
  newItem: () => unknown;
  /** Names a row for the buttons' accessible labels. */
  rowLabel: (index: number) => string;
  children: (field: FormListFieldData, index: number) => ReactNode;
  disabled?: boolean;
};

/** An ordered list inside a form: each row with move and delete buttons, an add button under it. */
export function ListField({ name, addLabel, newItem, rowLabel, children, disabled }: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove, move }) => (
        <div className="list-field">
          {fields.map((field, i) => (
            <div key={field.key} className="list-field-row">
              <div className="list-field-item">{children(field, i)}</div>
              {!disabled && (
                <RowButtons
                  label={rowLabel(i)}
                  onUp={i > 0 ? () => move(i, i - 1) : undefined}
                  onDown={i < fields.length - 1 ? () => move(i, i + 1) : undefined}
                  onDelete={() => remove(i)}
                />
              )}
            </div>
          ))}
          {!disabled && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add(newItem())}>
              {addLabel}
            </Button>
          )}
        </div>
      )}
    </Form.List>
  );
}

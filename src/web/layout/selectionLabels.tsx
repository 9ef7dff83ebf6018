import { cloneElement, isValidElement, type ReactNode } from 'react';
import type { Translate } from '../i18n/I18nProvider';

/**
 * Vietnamese names for a table's selection checkboxes, which antd names "Select all" and "Select row 1"
 * whatever the locale: spread into `rowSelection`. Each row's box names the row, so a screen reader says what is ticked.
 */
export function selectionLabels<T>(t: Translate, rowName: (record: T) => string) {
  return {
    columnTitle: (checkbox: ReactNode) => (isValidElement<{ 'aria-label'?: string }>(checkbox) ? cloneElement(checkbox, { 'aria-label': t('a11y.selectAll') }) : checkbox),
    getCheckboxProps: (record: T) => ({ 'aria-label': t('a11y.selectRow', { name: rowName(record) }) }),
  };
}

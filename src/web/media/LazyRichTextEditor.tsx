import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { RichTextEditorProps } from './RichTextEditor';

// TipTap and ProseMirror load only when someone writes, so the list and item pages stay light.
const RichTextEditor = lazy(() => import('./RichTextEditor'));

/** The body editor as a form control (Form.Item passes value and onChange through to it). */
export function LazyRichTextEditor(props: RichTextEditorProps) {
  const t = useT();
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} title={false} aria-label={t('editor.loading')} />}>
      <RichTextEditor {...props} />
    </Suspense>
  );
}

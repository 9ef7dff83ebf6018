import {
  BoldOutlined,
  DisconnectOutlined,
  ItalicOutlined,
  LinkOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Input, Popover, Space, Tooltip } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/vi';
import './rich-text.css';

export type RichTextEditorProps = { id?: string; value?: string; onChange?: (html: string) => void; 'aria-label'?: string };

/**
 * The item's body as formatted text: only what the server's allow-list keeps (bold, italic, two
 * heading levels, lists, quotes, links), so what the editor shows is what gets published.
 */
export default function RichTextEditor({ id, value = '', onChange, 'aria-label': ariaLabel }: RichTextEditorProps) {
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], defaultProtocol: 'https' },
      }),
    ],
    content: value,
    editorProps: { attributes: { id: id ?? '', class: 'rich-text-content', role: 'textbox', 'aria-multiline': 'true', ...(ariaLabel ? { 'aria-label': ariaLabel } : {}) } },
    onUpdate: ({ editor: e }) => onChange?.(e.isEmpty ? '' : e.getHTML()),
  });

  // A form reset (or the item read again) replaces the text; typing does not come back through here.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current) editor.commands.setContent(value, { emitUpdate: false });
  }, [editor, value]);

  return (
    <div className="rich-text">
      {editor && <Toolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}

function Toolbar({ editor }: { editor: Editor }) {
  const t = useT();
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      quote: e.isActive('blockquote'),
      link: e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const chain = () => editor.chain().focus();
  const button = (label: MessageKey, icon: ReactNode, active: boolean, run: () => void, disabled = false) => (
    <Tooltip title={t(label)}>
      <Button type={active ? 'primary' : 'text'} size="small" icon={icon} aria-label={t(label)} aria-pressed={active} disabled={disabled} onClick={run} />
    </Tooltip>
  );
  const heading = (level: 2 | 3) => <span className="rich-text-heading-icon">{`H${level}`}</span>;

  return (
    <div className="rich-text-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <Space size={2} wrap>
        {button('editor.bold', <BoldOutlined />, state.bold, () => chain().toggleBold().run())}
        {button('editor.italic', <ItalicOutlined />, state.italic, () => chain().toggleItalic().run())}
        {button('editor.heading2', heading(2), state.h2, () => chain().toggleHeading({ level: 2 }).run())}
        {button('editor.heading3', heading(3), state.h3, () => chain().toggleHeading({ level: 3 }).run())}
        {button('editor.bulletList', <UnorderedListOutlined />, state.bulletList, () => chain().toggleBulletList().run())}
        {button('editor.orderedList', <OrderedListOutlined />, state.orderedList, () => chain().toggleOrderedList().run())}
        {button('editor.quote', <span className="rich-text-quote-icon">“</span>, state.quote, () => chain().toggleBlockquote().run())}
        <LinkButton editor={editor} active={state.link} />
        {state.link && button('editor.unlink', <DisconnectOutlined />, false, () => chain().extendMarkRange('link').unsetLink().run())}
        {button('editor.undo', <UndoOutlined />, false, () => chain().undo().run(), !state.canUndo)}
        {button('editor.redo', <RedoOutlined />, false, () => chain().redo().run(), !state.canRedo)}
      </Space>
    </div>
  );
}

/** Asks for the address in a small popover rather than the browser's prompt, which phones render poorly. */
function LinkButton({ editor, active }: { editor: Editor; active: boolean }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [url, setUrl] = useState('');
  const apply = () => {
    const href = url.trim();
    if (href) editor.chain().focus().extendMarkRange('link').setLink({ href: /^(https?:|mailto:)/i.test(href) ? href : `https://${href}` }).run();
    setOpen(false);
  };
  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) setUrl((editor.getAttributes('link').href as string | undefined) ?? '');
      }}
      trigger="click"
      content={
        <Space.Compact className="rich-text-link-form">
          <Input autoFocus aria-label={t('editor.linkUrl')} placeholder={t('editor.linkUrl')} value={url} onChange={(e) => setUrl(e.target.value)} onPressEnter={apply} />
          <Button type="primary" onClick={apply}>
            {t('editor.linkApply')}
          </Button>
        </Space.Compact>
      }
    >
      <Tooltip title={t('editor.link')}>
        <Button type={active ? 'primary' : 'text'} size="small" icon={<LinkOutlined />} aria-label={t('editor.link')} aria-pressed={active} />
      </Tooltip>
    </Popover>
  );
}

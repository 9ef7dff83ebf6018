import { CloseOutlined } from '@ant-design/icons';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/I18nProvider';
import { NavigationMenu } from './NavigationMenu';

/**
 * On a phone the side menu slides in from the left, so the page keeps its width: a modal panel over a
 * mask, shut by its button, the mask, Escape or following a link; focus goes into it and back after.
 */
export function NavigationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    panel.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus();
    };
  }, [open, onClose]);
  if (!open) return null;
  return (
    <div className="shell-drawer-root">
      <div className="shell-drawer-mask" onClick={onClose} aria-hidden />
      <div className="shell-drawer" role="dialog" aria-modal="true" aria-label={t('app.shortTitle')} tabIndex={-1} ref={panel}>
        <div className="shell-drawer-head">
          <button type="button" className="shell-icon-button" aria-label={t('nav.close')} onClick={onClose}>
            <CloseOutlined aria-hidden />
          </button>
          <strong>{t('app.shortTitle')}</strong>
        </div>
        <NavigationMenu theme="light" onNavigate={onClose} />
      </div>
    </div>
  );
}

import { Drawer } from 'antd';
import { useT } from '../i18n/I18nProvider';
import { NavigationMenu } from './NavigationMenu';

/** On a phone the side menu slides in from the left, so the page keeps its width. */
export function NavigationDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Drawer open={open} onClose={onClose} placement="left" size={280} title={t('app.shortTitle')} styles={{ body: { padding: 0 } }}>
      <NavigationMenu theme="light" onNavigate={onClose} />
    </Drawer>
  );
}

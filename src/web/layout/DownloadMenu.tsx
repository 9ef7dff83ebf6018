import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';

/**
 * A "Tải về" button listing a resource's files (Word, PDF, Excel). Plain links: the browser downloads
 * them with the session cookie, and a 503 for a missing PDF converter shows as the server's message.
 */
export function DownloadMenu({ label, files }: { label: string; files: { key: string; label: string; href: string }[] }) {
  return (
    <Dropdown menu={{ items: files.map((f) => ({ key: f.key, label: <a href={f.href}>{f.label}</a> })) }}>
      <Button icon={<DownloadOutlined />}>{label}</Button>
    </Dropdown>
  );
}

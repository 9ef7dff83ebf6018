import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useI18n, type Language } from '../i18n/I18nProvider';

/** Language names are written in their own language, so they are not translated. */
const OPTIONS: { value: Language; label: string; short: string }[] = [
  { value: 'vi', label: 'Tiếng Việt', short: 'VI' },
  { value: 'en', label: 'English', short: 'EN' },
];

/** `compact` shows VI / EN in the closed box, to leave a phone's header room for the body's name. */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { language, setLanguage, t } = useI18n();
  return (
    <Select<Language>
      aria-label={t('language.label')}
      value={language}
      onChange={setLanguage}
      options={OPTIONS}
      labelRender={({ value, label }) => (compact ? OPTIONS.find((o) => o.value === value)?.short : label)}
      prefix={<GlobalOutlined />}
      variant="borderless"
      popupMatchSelectWidth={false}
      className="language-switch"
    />
  );
}

import { DownOutlined, GlobalOutlined } from '@ant-design/icons';
import { useI18n, type Language } from '../i18n/I18nProvider';
import './language-switch.css';

/** Language names are written in their own language, so they are not translated. */
const OPTIONS: { value: Language; label: string; short: string }[] = [
  { value: 'vi', label: 'Tiếng Việt', short: 'VI' },
  { value: 'en', label: 'English', short: 'EN' },
];

/**
 * The browser's own select, invisible over what it shows: the phone's own picker, the keyboard as for any
 * select, and none of antd's Select in the sign-in page's first load (issue 17). `compact` shows VI / EN in
 * the closed box, to leave a phone's header room for the body's name; the list still names each language.
 */
export function LanguageSwitch({ compact = false }: { compact?: boolean }) {
  const { language, setLanguage, t } = useI18n();
  const current = OPTIONS.find((o) => o.value === language) ?? OPTIONS[0]!;
  return (
    <span className="language-switch">
      <GlobalOutlined aria-hidden />
      <span aria-hidden>{compact ? current.short : current.label}</span>
      <DownOutlined aria-hidden className="language-switch-arrow" />
      <select aria-label={t('language.label')} value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value} lang={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

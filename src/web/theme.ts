import type { ThemeConfig } from 'antd';

/** 60 % black on white is 5.7:1; 55 % is 4.7:1. */
const SECONDARY_TEXT = 'rgba(0, 0, 0, 0.6)';

/**
 * Ant Design's default colours, darkened where they fall below WCAG AA contrast (4.5:1 for text): the primary
 * blue (#1677ff, 4.1:1 on white) of links, tabs and primary buttons; the greys of secondary text (45 % black,
 * 3.4:1), placeholders (25 % black) and an empty table's message. Coloured tags are in accessibility.css (their palette
 * is not a token antd lets us override). Checked by tests/e2e/accessibility.e2e.test.ts.
 */
export const ACCESSIBLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorTextTertiary: SECONDARY_TEXT,
    colorTextDescription: SECONDARY_TEXT,
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
  components: {
    Table: { colorTextDisabled: SECONDARY_TEXT },
  },
};

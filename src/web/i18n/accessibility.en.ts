import type { accessibilityVi } from './accessibility.vi';

export const accessibilityEn: Record<keyof typeof accessibilityVi, string> = {
  'a11y.skipToContent': 'Skip to main content',
  'a11y.userMenu': 'Account: {name}',
  'a11y.search': 'Search',
  'a11y.loading': 'Loading',
  'a11y.selectAll': 'Select all rows',
  'a11y.selectRow': 'Select row: {name}',
  'a11y.scope': 'Scope',
  'a11y.period': 'Period',
  'a11y.section': 'Section',
  'a11y.show': 'Show',
  'a11y.view': 'View',
  'a11y.calendarMode': 'Calendar by',
  'a11y.indexKind': 'Index',
};

import type { accessVi } from './access.vi';

export const accessEn: Record<keyof typeof accessVi, string> = {
  'access.forbiddenTitle': 'You may not view this',
  'access.whoCan': 'Roles that may view it: {roles}.',
  'access.askAdmin': 'If your work needs it, ask your organisation’s administrator for another role.',
  'access.back': 'Back to the overview',

  'empty.plansFiltered': 'No plan matches the filters — remove some to see more.',
  'empty.plansYearDraft': 'No plan for {year} yet — press "Draft a plan" to start.',
  'empty.plansYear': 'No plan for {year} yet — plans show here once the CCHC coordinator drafts them.',
  'empty.plansDraft': 'No plan yet — press "Draft a plan" to start, or "Import from file" if you have the document.',
  'empty.plans': 'No plan yet — plans show here once the CCHC coordinator drafts them.',
  'empty.reportsCompile': 'No report for {year} yet — press "Compile a report" for the period that is due.',
  'empty.reports': 'No report for {year} yet — reports show here once the CCHC coordinator compiles them.',
  'empty.mediaFiltered': 'No item matches the filters — remove some to see more.',
  'empty.mediaPropose': 'No item yet — press "Propose an item" to send the first one.',
  'empty.media': 'No item yet — items show here once departments propose them.',
  'empty.legalDocsFiltered': 'No document matches — try another keyword, such as the number "76/NQ-CP".',
  'empty.legalDocsAdd': 'The registry is empty — press "Add document" to add one.',
};

import type { jobsVi } from './jobs.vi';

export const jobsEn: Record<keyof typeof jobsVi, string> = {
  'jobs.exportOccurrences': 'Export all to Excel',
  'jobs.exportOccurrencesHelp': 'Every occurrence due in {year} of {name}, with no row limit. It runs in the background and may take a few minutes.',
  'jobs.exportPlanPdfs': 'Download plan PDFs',
  'jobs.exportPlanPdfsHelp': 'The PDFs of the issued {year} plans of {name} and the bodies under it, in one ZIP file.',
  'jobs.title': 'Export',
  'jobs.queued': 'Waiting for its turn…',
  'jobs.running': 'Working',
  'jobs.count': '{done}/{total}',
  'jobs.done': 'Done. The file can be downloaded until {time}.',
  'jobs.download': 'Download',
  'jobs.failed': 'The file could not be made',
  'jobs.expired': 'The file has expired; please ask for the export again.',
  'jobs.keepsRunning': 'You may close this window: the work goes on on the server.',
};

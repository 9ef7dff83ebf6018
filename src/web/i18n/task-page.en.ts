import type { taskPageVi } from './task-page.vi';

/** English messages of a task's own page, key for key with the Vietnamese ones. */
export const taskPageEn: Record<keyof typeof taskPageVi, string> = {
  'taskPage.title': 'Task {number}',
  'taskPage.notFound': 'Task not found, or it belongs to a unit you do not follow.',
  'taskPage.back': 'Back to the task list',
  'taskPage.reformArea': 'Reform area',
  'taskPage.deadline': 'Deadline',
  'taskPage.schedule': 'Schedule',
  'taskPage.scheduleUnknown': 'The deadline could not be read: {reason}',
  'taskPage.output': 'Output',
  'taskPage.note': 'Note',
  'taskPage.plan': 'Plan',
  'taskPage.planState': 'Plan state',
  'taskPage.lead': 'Lead',
  'taskPage.coordinators': 'Coordinating',
  'taskPage.none': '—',
  'taskPage.editInPlan': 'Edit in the task table',
  'taskPage.occurrences': 'Periods of work ({count})',
  'taskPage.noOccurrences': 'The task has no period of work within what you follow.',
  'taskPage.detached': 'No longer in the plan',
  'taskPage.dueOn': 'Due {date}',
  'taskPage.submittedOn': 'Submitted {date}',
  'taskPage.completedOn': 'Accepted {date}',
  'taskPage.result': 'Result',
  'taskPage.mediaItems': 'Related news items',
  'taskPage.noMediaItems': 'No news item is linked to this task yet.',
};

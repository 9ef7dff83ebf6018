import type { ImportedTask } from '../../shared/schemas/plan-import';
import { describeSchedule, parseDeadline } from '../schedule';

type Read = { schedule: NonNullable<ImportedTask['schedule']>; reason: string | null };

/** A deadline as written, read by the schedule parser for the plan's year; `reason` says why it was not understood. */
export function readDeadline(text: string, year: number): Read {
  const parsed = parseDeadline(text, year);
  if (!parsed.understood) return { schedule: { understood: false, kind: null, description: null }, reason: parsed.reason };
  return { schedule: { understood: true, kind: parsed.schedule.kind, description: describeSchedule(parsed.schedule) }, reason: null };
}

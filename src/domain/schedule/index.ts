/** Deadline parsing and schedule expansion: what the rest of the system imports. */
export * from './schedule';
export { parseDeadline, DEADLINE_EXAMPLES, EARLIEST_YEAR, LATEST_YEAR } from './parse-deadline';
export { expandSchedule, periodRange } from './expand-schedule';
export { describeSchedule } from './describe-schedule';
export {
  formatDateVi,
  formatQuarter,
  monthRange,
  quarterOf,
  quarterRange,
  type DateSpan,
  type QuarterNumeral,
} from './calendar';

/** Vietnam's working-day calendar and lateness rules: what the rest of the system imports. */
export {
  FIRST_KNOWN_YEAR,
  LAST_KNOWN_YEAR,
  HOLIDAY_YEARS,
  holidayYear,
  isCalendarKnown,
  type CalendarBasis,
  type DayOff,
  type DayOffKind,
  type ExtraWorkingDay,
  type HolidayYear,
} from './holidays';
export { addWorkingDays, dayOffOn, isWorkingDay, nextWorkingDay, workingDaysBetween } from './working-days';
export {
  OCCURRENCE_STATUSES,
  daysLate,
  isDueSoon,
  isLate,
  latenessOf,
  todayInVietnam,
  type Lateness,
  type LatenessInput,
  type OccurrenceStatus,
} from './lateness';

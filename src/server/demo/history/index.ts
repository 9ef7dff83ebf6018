import { todayInVietnam } from '../../../domain/calendar';
import type { Db } from '../../../db/database';
import { writeFeedbackHistory } from './feedback-history';
import { bringPlansIntoForce } from './plans-in-force';
import { writeReportHistory } from './report-history';
import { writeScoringHistory } from './scoring-history';
import { writeSurveyHistory } from './survey-history';
import { writeWorkHistory } from './work-history';

/**
 * A demo that has lived its year up to today: plans issued, work done (mostly on time, some late,
 * some returned once, a few still late and open), evidence filed, reports sent and one returned,
 * citizens' feedback in every state and a SIPAS survey with a few hundred answers, and the department
 * of health's CCHC scoring: last year's round published, this year's in self-assessment.
 * Drawn from fixed keys, so the same day gives the same demo on every machine.
 */
export async function loadDemoHistory(db: Db, options: { today?: string; filesDir?: string } = {}): Promise<void> {
  const today = options.today ?? todayInVietnam(new Date());
  await bringPlansIntoForce(db, today);
  await writeWorkHistory(db, today, options.filesDir);
  await db.transaction().execute(async (tx) => {
    await writeFeedbackHistory(tx, today);
    await writeSurveyHistory(tx, today);
  });
  await writeReportHistory(db, today);
  await writeScoringHistory(db, today);
}

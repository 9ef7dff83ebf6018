import { addDays, daysBetween, type IsoDate } from '../../../domain/calendar/iso-day';
import type { Answers } from '../../../domain/surveys/answers';
import { scaleAnswersOf } from '../../../domain/surveys/answers';
import { sectionsFromTemplate, questionsOf, type Question } from '../../../domain/surveys/questionnaire';
import { SIPAS_TEMPLATE } from '../../../domain/surveys/sipas-template';
import type { Db } from '../../../db/database';
import { newId } from '../../../db/ids';
import type { SipasAspect } from '../../../shared/survey-vocabulary';
import { unitInterval } from './outcomes';
import { addScaleTallies, talliesOf } from '../../../db/repositories/survey-scale-tallies';

/** How many answer sheets each demo body's survey has gathered by today, about one a day. */
const SHEETS: Record<string, number> = { BVSN: 340, 'TTYT-LCCD': 260 };

/**
 * How often each aspect is rated "hài lòng" or better at the start of the year, and how much that rises a
 * month: staff and procedures do well, the waiting area and the handling of feedback less, and the body
 * improves over the year, so the trend chart has something to show.
 */
const SATISFIED_AT_START: Record<SipasAspect, number> = { access: 0.7, procedure: 0.82, staff: 0.85, result: 0.8, feedback_handling: 0.66 };
const RISE_PER_MONTH = 0.015;

const COMMENTS = [
  'Mong có thêm ghế ngồi chờ ở khu thu ngân.',
  'Nhân viên hướng dẫn nhiệt tình, cảm ơn bệnh viện.',
  'Nên có màn hình báo số thứ tự ở khu lấy mẫu xét nghiệm.',
  'Thời gian chờ khám buổi sáng còn lâu.',
  'Cần thêm chỗ gửi xe có mái che.',
  'Đề nghị trả kết quả xét nghiệm qua tin nhắn.',
  'Nhà vệ sinh sạch sẽ hơn trước.',
];

function pointFor(aspect: SipasAspect | null, month: number, r: number, r2: number): number {
  const p = Math.min(0.97, (aspect ? SATISFIED_AT_START[aspect] : 0.8) + RISE_PER_MONTH * month);
  if (r < p) return r2 < 0.45 ? 5 : 4;
  return r2 < 0.6 ? 3 : r2 < 0.9 ? 2 : 1;
}

export function answersFor(questions: readonly Question[], key: string, month: number): Answers {
  const answers: Answers = {};
  for (const q of questions) {
    const r = unitInterval(`${key}|${q.id}`);
    const r2 = unitInterval(`${key}|${q.id}|b`);
    if (q.kind === 'scale') answers[q.id] = pointFor(q.aspect, month, r, r2);
    else if (q.kind === 'single' && r < 0.9) answers[q.id] = Math.floor(r2 * q.choices!.length);
    else if (q.kind === 'multiple' && r < 0.8) answers[q.id] = [...new Set([Math.floor(r2 * q.choices!.length), Math.floor(r * q.choices!.length)])].sort((a, b) => a - b);
    else if (q.kind === 'text' && r < 0.12) answers[q.id] = COMMENTS[Math.floor(r2 * COMMENTS.length)]!;
  }
  return answers;
}

/** The year the demo survey runs in: this year, or last year's in the first two months, so it has answers. */
function surveyYear(today: IsoDate): number {
  const year = Number(today.slice(0, 4));
  return today < `${year}-03-01` ? year - 1 : year;
}

/**
 * Each demo body runs the SIPAS survey over the year with its answer sheets spread from the opening day
 * to today (or its closing day), anonymous like real ones. Written in bulk as history.
 */
export async function writeSurveyHistory(db: Db, today: IsoDate): Promise<void> {
  const year = surveyYear(today);
  const opensOn = `${year}-01-05`;
  const closesOn = `${year}-12-31`;
  const lastDay = today < closesOn ? today : closesOn;
  const sections = sectionsFromTemplate(SIPAS_TEMPLATE.questions);
  const questions = questionsOf(sections);
  for (const [bodyCode, count] of Object.entries(SHEETS)) {
    const body = await db.selectFrom('organizations').select(['id', 'name']).where('code_scope', '=', '*').where('code', '=', bodyCode).executeTakeFirst();
    if (!body) continue;
    const coordinator = await db.selectFrom('user_roles').select('user_id').where('organization_id', '=', body.id).where('role', '=', 'coordinator').executeTakeFirst();
    const surveyId = newId();
    await db
      .insertInto('surveys')
      .values({
        id: surveyId,
        organization_id: body.id,
        title: `Khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công năm ${year}`,
        description: `${body.name} mong nhận được ý kiến của ông/bà để phục vụ tốt hơn. Phiếu khảo sát không ghi tên, chỉ dùng để cải tiến chất lượng phục vụ.`,
        template: 'sipas',
        sections_json: JSON.stringify(sections),
        opens_on: opensOn,
        closes_on: closesOn,
        state: 'published',
        created_by: coordinator?.user_id ?? null,
        created_at: `${addDays(opensOn, -3)}T02:00:00.000Z`,
        updated_at: `${addDays(opensOn, -1)}T02:00:00.000Z`,
      })
      .execute();
    const span = daysBetween(opensOn, lastDay) + 1;
    const responses = [];
    const scaleRows = [];
    for (let i = 0; i < count; i++) {
      const key = `${bodyCode}|${year}|${i}`;
      const day = addDays(opensOn, Math.floor((i / count) * span));
      const month = Number(day.slice(5, 7)) - 1;
      const answers = answersFor(questions, key, month);
      const id = newId();
      const answeredAt = `${day}T${String(1 + Math.floor(unitInterval(`${key}|h`) * 9)).padStart(2, '0')}:${String(Math.floor(unitInterval(`${key}|m`) * 60)).padStart(2, '0')}:00.000Z`;
      responses.push({ id, survey_id: surveyId, answered_at: answeredAt, answered_on: day, device_hash: null, answers_json: JSON.stringify(answers) });
      for (const s of scaleAnswersOf(sections, answers)) {
        scaleRows.push({ response_id: id, survey_id: surveyId, organization_id: body.id, question_id: s.questionId, aspect: s.aspect, point: s.point, answered_on: day });
      }
    }
    // In slices: one statement per slice keeps both databases under their limits on bound values.
    for (let i = 0; i < responses.length; i += 200) await db.insertInto('survey_responses').values(responses.slice(i, i + 200)).execute();
    for (let i = 0; i < scaleRows.length; i += 500) await db.insertInto('survey_scale_answers').values(scaleRows.slice(i, i + 500)).execute();
    await addScaleTallies(db, talliesOf(scaleRows));
  }
}

import { addDays, daysBetween, type IsoDate } from '../../domain/calendar/iso-day';
import { slugify } from '../../domain/media/slug';
import { scaleAnswersOf } from '../../domain/surveys/answers';
import { questionsOf, sectionsFromTemplate } from '../../domain/surveys/questionnaire';
import { SIPAS_TEMPLATE } from '../../domain/surveys/sipas-template';
import { TRACKING_ALPHABET, TRACKING_CODE_LENGTH } from '../../domain/feedback/tracking-code';
import { newId } from '../../db/ids';
import { procedureSearchText, type ProcedureRow } from '../../db/repositories/procedures';
import { talliesOf } from '../../db/repositories/survey-scale-tallies';
import type { ChannelKind } from '../../shared/media-vocabulary';
import { contentColumns } from '../commands/procedure-content';
import { searchTextOf } from '../commands/media-content';
import { DEMO_MEDIA } from '../demo/demo-media-content';
import { DEMO_PROCEDURES } from '../demo/demo-procedures';
import { DEMO_FEEDBACK } from '../demo/history/demo-feedback';
import { feedbackHistoryRows } from '../demo/history/feedback-history';
import { answersFor } from '../demo/history/survey-history';
import type { RowBuffer } from './batch-insert';
import type { GeneratedBody } from './generate-tree';
import type { Random } from './random';

export type BodyYearVolumes = { mediaItems: number; procedures: number; feedback: number; surveyAnswers: number };

const MEDIA_TEMPLATES = DEMO_MEDIA.flatMap((b) => b.items);
const FEEDBACK_TEMPLATES = Object.values(DEMO_FEEDBACK).flat();
const CHANNELS: readonly { kind: ChannelKind; name: string }[] = [
  { kind: 'website', name: 'Trang thông tin điện tử' },
  { kind: 'fanpage', name: 'Fanpage' },
  { kind: 'zalo', name: 'Nhóm Zalo cán bộ, viên chức' },
  { kind: 'meeting', name: 'Giao ban hằng tuần' },
];
const at = (day: IsoDate, hour: number) => `${day}T${String(hour).padStart(2, '0')}:20:00.000Z`;

/** The body's channels, written once. */
export function generateChannels(rows: RowBuffer, body: GeneratedBody, now: string): { id: string; kind: ChannelKind }[] {
  return CHANNELS.map((c) => {
    const id = newId();
    rows.add('media_channels', { id, organization_id: body.org.id, kind: c.kind, name: c.name, url: c.kind === 'website' ? `https://${body.usernamePrefix.replace('.', '-')}.gov.vn` : null, retired_at: null, created_at: now, updated_at: now });
    return { id, kind: c.kind };
  });
}

/**
 * A year of news items: proposed by a department, approved by the director, most published on one
 * or two channels on their day and linked to a task of the body's plans; a few still in review.
 */
export function generateMedia(rows: RowBuffer, random: Random, body: GeneratedBody, year: number, count: number, taskIds: readonly string[], channels: readonly { id: string; kind: ChannelKind }[], today: IsoDate): void {
  const span = Math.max(1, daysBetween(`${year}-01-10`, `${year}-12-20` < today ? `${year}-12-20` : today));
  for (let i = 0; i < count; i++) {
    const template = random.pick(MEDIA_TEMPLATES);
    const day = addDays(`${year}-01-10`, Math.floor((i / count) * span));
    if (day > today) break;
    const unit = random.pick(body.units);
    const proposer = body.reporterOf.get(unit.id) ?? body.coordinator;
    const title = `${template.title} (${i + 1}/${year})`;
    const published = day < addDays(today, -7) || random.chance(0.3);
    const state = published ? 'published' : random.pick(['submitted', 'approved', 'draft'] as const);
    const id = newId();
    const bodyHtml = template.paragraphs.map((p) => `<p>${p}</p>`).join('');
    const item = { title, summary: template.summary, body_html: bodyHtml };
    rows.add('media_items', {
      id, organization_id: body.org.id, unit_id: unit.id, kind: template.kind, title, slug: `${slugify(title)}-${id.slice(0, 6)}`, summary: template.summary, body_html: bodyHtml,
      search_folded: searchTextOf(item), reform_areas_json: JSON.stringify(template.areas), state, good_practice: template.goodPractice ? 1 : 0, cover_file_id: null,
      first_published_on: published ? day : null, created_by: proposer.id, created_by_name: proposer.name, created_at: at(addDays(day, -3), 2), updated_at: at(day, 4),
    });
    const events: [string, string | null, string, IsoDate, { id: string; name: string }][] = [['create', null, 'draft', addDays(day, -3), proposer]];
    if (state !== 'draft') events.push(['transition', 'draft', 'submitted', addDays(day, -2), proposer]);
    if (state === 'approved' || state === 'published') events.push(['transition', 'submitted', 'approved', addDays(day, -1), body.director]);
    if (state === 'published') events.push(['publish', 'approved', 'published', day, body.editor]);
    for (const [order, [kind, from, to, on, by]] of events.entries()) rows.add('media_item_events', { id: newId(), item_id: id, at: at(on, 2 + order), actor_id: by.id, actor_name: by.name, kind, from_state: from, to_state: to, comment: null });
    if (state === 'published') {
      for (const channel of random.chance(0.5) ? channels.slice(0, 2) : channels.slice(0, 1)) {
        rows.add('media_publications', { id: newId(), item_id: id, channel: channel.kind, channel_id: channel.id, url: null, published_on: day, created_by: body.editor.id, created_at: at(day, 5) });
      }
    }
    const taskId = taskIds.length ? random.pick(taskIds) : null;
    if (taskId) rows.add('media_item_links', { item_id: id, task_id: taskId, occurrence_id: null });
  }
}

/**
 * The body's registry of procedures: the demo's procedures as models, each issued, most posted at the
 * premises and on the website in their current version.
 */
export function generateProcedures(rows: RowBuffer, random: Random, body: GeneratedBody, count: number, now: string): void {
  for (let i = 0; i < count; i++) {
    const { body: _b, responsibleUnit: _u, steps, events, postings: _p, ...content } = DEMO_PROCEDURES[i % DEMO_PROCEDURES.length]!;
    const code = `${body.org.code}-TT-${String(i + 1).padStart(2, '0')}`;
    const issuedOn = events[0]!.effectiveOn;
    const row: ProcedureRow = {
      id: newId(), organization_id: body.org.id, scope: content.scope, code, name: content.name, field: content.field, level: content.level,
      applicants: null, conditions: null, steps_json: '[]', dossier_json: '[]', processing_time_json: null, fees_json: '[]', result: null, legal_basis: null,
      legal_basis_codes_json: '[]', receiving_places_json: '[]', online_level: content.onlineLevel, responsible_unit_id: null,
      ...contentColumns({ ...content, code, steps: steps.map((s) => ({ text: s.text, unitId: null, duration: s.duration ?? null })) }),
      version: 1, content_changed_at: at(issuedOn, 1), search_folded: '', created_by: body.coordinator.id, created_at: now, updated_at: now,
    };
    row.search_folded = procedureSearchText(row);
    rows.add('procedures', row);
    rows.add('procedure_events', { id: newId(), procedure_id: row.id, kind: 'issued', effective_on: issuedOn, deciding_document: events[0]!.decidingDocument ?? null, replaced_by_id: null, note: null, created_by: body.coordinator.id, created_by_name: body.coordinator.name, created_at: now });
    if (random.chance(0.85)) {
      for (const place of ['premises', 'website'] as const) {
        rows.add('procedure_postings', { id: newId(), procedure_id: row.id, place, posted_on: addDays(issuedOn, random.int(1, 10)), version: 1, proof_url: null, proof_file_id: null, note: null, posted_by: body.editor.id, posted_by_name: body.editor.name, created_at: now });
      }
    }
  }
}

/** A tracking code no other generated item has: a permutation of the sequence number over the code space. */
function trackingCodeOf(sequence: number): string {
  const space = TRACKING_ALPHABET.length ** TRACKING_CODE_LENGTH;
  // 7 919 is prime and does not divide 31^8, so n → n·7919 mod 31^8 never gives two items one code.
  let x = (sequence * 7919 + 104_729) % space;
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) {
    code += TRACKING_ALPHABET[x % TRACKING_ALPHABET.length];
    x = Math.floor(x / TRACKING_ALPHABET.length);
  }
  return code;
}

/** A year of citizens' feedback, each through the demo's lifecycle, spread over the year up to today. */
export function generateFeedback(rows: RowBuffer, random: Random, body: GeneratedBody, year: number, count: number, sequenceFrom: number, today: IsoDate): number {
  const span = daysBetween(`${year}-01-01`, `${year}-12-31` < today ? `${year}-12-31` : today);
  let written = 0;
  for (let i = 0; i < count; i++) {
    const receivedOn = addDays(`${year}-01-01`, Math.floor((i / count) * span));
    const template = random.pick(FEEDBACK_TEMPLATES);
    const ageDays = daysBetween(receivedOn, today);
    // Old feedback has had time to end; the last weeks' is still open in the template's state.
    const item = ageDays > 30 && (template.outcome === 'received' || template.outcome === 'assigned') ? { ...template, ageDays, outcome: 'closed' as const, answeredAfter: template.answeredAfter ?? random.int(3, 14), answer: template.answer ?? 'Đơn vị đã tiếp thu, kiểm tra và khắc phục; xin cảm ơn ông/bà đã phản ánh.' } : { ...template, ageDays };
    const unit = random.pick(body.units);
    const r = feedbackHistoryRows({ bodyId: body.org.id, key: `${body.org.id}|${i}`, trackingCode: trackingCodeOf(sequenceFrom + i), item, today, unitId: unit.id, handler: body.reporterOf.get(unit.id), coordinator: body.coordinator });
    rows.add('feedback_items', r.item);
    rows.add('feedback_events', ...r.events);
    written++;
  }
  return written;
}

const SIPAS_SECTIONS = sectionsFromTemplate(SIPAS_TEMPLATE.questions);
const SIPAS_QUESTIONS = questionsOf(SIPAS_SECTIONS);

/** The body's SIPAS survey of the year and its anonymous answer sheets, spread from the opening day to today. */
export function generateSurvey(rows: RowBuffer, random: Random, body: GeneratedBody, year: number, count: number, today: IsoDate): void {
  const opensOn = `${year}-01-05`;
  if (opensOn > today) return;
  const closesOn = `${year}-12-31`;
  const lastDay = today < closesOn ? today : closesOn;
  const surveyId = newId();
  rows.add('surveys', {
    id: surveyId, organization_id: body.org.id, title: `Khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công năm ${year}`,
    description: `${body.org.name} mong nhận được ý kiến của ông/bà để phục vụ tốt hơn.`, template: 'sipas', sections_json: JSON.stringify(SIPAS_SECTIONS),
    opens_on: opensOn, closes_on: closesOn, state: lastDay === closesOn && closesOn < today ? 'closed' : 'published', created_by: body.coordinator.id, created_at: at(addDays(opensOn, -3), 2), updated_at: at(addDays(opensOn, -1), 2),
  });
  const span = daysBetween(opensOn, lastDay) + 1;
  const salt = random.int(0, 1_000_000);
  const scaleRows = [];
  for (let i = 0; i < count; i++) {
    const day = addDays(opensOn, Math.floor((i / count) * span));
    const answers = answersFor(SIPAS_QUESTIONS, `${salt}|${i}`, Number(day.slice(5, 7)) - 1);
    const id = newId();
    rows.add('survey_responses', { id, survey_id: surveyId, answered_at: at(day, 1 + (i % 9)), answered_on: day, device_hash: null, answers_json: JSON.stringify(answers) });
    for (const s of scaleAnswersOf(SIPAS_SECTIONS, answers)) {
      const row = { response_id: id, survey_id: surveyId, organization_id: body.org.id, question_id: s.questionId, aspect: s.aspect, point: s.point, answered_on: day };
      rows.add('survey_scale_answers', row);
      scaleRows.push(row);
    }
  }
  for (const tally of talliesOf(scaleRows)) rows.add('survey_scale_tallies', tally);
}

import { foldText } from '../../shared/fold';
import type { QuestionKind, SipasAspect } from '../../shared/survey-vocabulary';
import type { TemplateQuestion } from './sipas-template';

/**
 * A questionnaire as it is kept (surveys.sections_json): sections of questions, each question with an id
 * that stays the same through edits, so the answers already given keep pointing at it.
 */
export type Question = { id: string; kind: QuestionKind; text: string; required: boolean; choices: string[] | null; aspect: SipasAspect | null };
export type Section = { title: string; questions: Question[] };

/** What a builder sends: choices and aspect may be left out. */
export type QuestionInput = { id: string; kind: QuestionKind; text: string; required: boolean; choices?: string[] | null; aspect?: SipasAspect | null };
export type SectionInput = { title: string; questions: QuestionInput[] };

export function normaliseSections(sections: readonly SectionInput[]): Section[] {
  return sections.map((s) => ({
    title: s.title,
    questions: s.questions.map((q) => ({
      id: q.id,
      kind: q.kind,
      text: q.text,
      required: q.required,
      choices: q.kind === 'single' || q.kind === 'multiple' ? [...(q.choices ?? [])] : null,
      aspect: q.kind === 'scale' ? (q.aspect ?? null) : null,
    })),
  }));
}

export const questionsOf = (sections: readonly Section[]): Question[] => sections.flatMap((s) => s.questions);

/** The first two words of a section's title, folded: "Tiếp cận dịch vụ" → "tiep-can". */
function sectionSlug(title: string): string {
  const words = foldText(title).replace(/[^a-z0-9 ]/g, ' ').split(' ').filter(Boolean);
  return words.slice(0, 2).join('-') || 'phan';
}

/**
 * A template's flat list of questions as sections, in the order met, with ids made from the section and
 * the question's rank in it ("tiep-can-1", "tiep-can-2"): readable in an export, stable once made.
 */
export function sectionsFromTemplate(questions: readonly TemplateQuestion[]): Section[] {
  const sections: Section[] = [];
  for (const q of questions) {
    let section = sections.find((s) => s.title === q.section);
    if (!section) sections.push((section = { title: q.section, questions: [] }));
    const id = `${sectionSlug(q.section)}-${section.questions.length + 1}`;
    section.questions.push({ id, kind: q.kind, text: q.text, required: q.required, choices: q.choices ? [...q.choices] : null, aspect: q.kind === 'scale' ? q.aspect : null });
  }
  return sections;
}

/** Where a published survey stands on a day: its state first, then its dates (both inclusive). */
export type SurveyStanding = 'draft' | 'scheduled' | 'open' | 'closed';

export function surveyStanding(s: { state: string; opens_on: string | null; closes_on: string | null }, today: string): SurveyStanding {
  if (s.state === 'draft') return 'draft';
  if (s.state === 'closed') return 'closed';
  if (s.opens_on && today < s.opens_on) return 'scheduled';
  if (s.closes_on && today > s.closes_on) return 'closed';
  return 'open';
}

/**
 * Why a new questionnaire may not replace the old one, question by question: an answered question must stay
 * (its answers would point at nothing) with the same kind (a "4" of a scale is not a choice), and an answered
 * choice question keeps at least as many choices (answers are kept as the choice's rank). Wording may change.
 */
export function editConflicts(before: readonly Section[], after: readonly Section[], answered: ReadonlySet<string>): string[] {
  const next = new Map(questionsOf(after).map((q) => [q.id, q]));
  const problems: string[] = [];
  for (const q of questionsOf(before)) {
    if (!answered.has(q.id)) continue;
    const now = next.get(q.id);
    if (!now) problems.push(`Câu hỏi “${q.text}” đã có người trả lời nên không xóa được.`);
    else if (now.kind !== q.kind) problems.push(`Câu hỏi “${q.text}” đã có người trả lời nên không đổi được loại câu hỏi.`);
    else if ((now.choices?.length ?? 0) < (q.choices?.length ?? 0)) problems.push(`Câu hỏi “${q.text}” đã có người trả lời nên không bớt được phương án.`);
  }
  return problems;
}

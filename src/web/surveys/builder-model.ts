import type { QuestionKind, SipasAspect } from '../../shared/survey-vocabulary';
import type { SurveyDto, SurveySections } from '../api/types';

/**
 * The questionnaire as the builder edits it. A question saved before keeps its `id` for ever (answers
 * point at it); a new one has none until saved, when `assignQuestionIds` makes one from its wording.
 * `key` only tells React which row is which while editing.
 */
export type DraftQuestion = { key: string; id: string | null; kind: QuestionKind; text: string; required: boolean; choices: string[]; aspect: SipasAspect | null; answered: boolean };
export type DraftSection = { key: string; title: string; questions: DraftQuestion[] };

let nextKey = 0;
const newKey = () => `k${++nextKey}`;

export function draftFromSurvey(survey: Pick<SurveyDto, 'sections'>): DraftSection[] {
  return survey.sections.map((s) => ({
    key: newKey(),
    title: s.title,
    questions: s.questions.map((q) => ({ key: newKey(), id: q.id, kind: q.kind, text: q.text, required: q.required, choices: q.choices ?? [], aspect: q.aspect, answered: q.answered })),
  }));
}

export const isChoosing = (kind: QuestionKind) => kind === 'single' || kind === 'multiple';

export function newQuestion(kind: QuestionKind = 'scale'): DraftQuestion {
  return { key: newKey(), id: null, kind, text: '', required: kind === 'scale', choices: isChoosing(kind) ? ['', ''] : [], aspect: null, answered: false };
}

export function newSection(title: string): DraftSection {
  return { key: newKey(), title, questions: [newQuestion()] };
}

/** A kind change keeps what still fits: choices only for choice questions, an aspect only for scale ones. */
export function withKind(q: DraftQuestion, kind: QuestionKind): DraftQuestion {
  if (q.answered) return q;
  const choices = isChoosing(kind) ? (q.choices.length >= 2 ? q.choices : [...q.choices, '', ''].slice(0, Math.max(2, q.choices.length))) : [];
  return { ...q, kind, choices, aspect: kind === 'scale' ? q.aspect : null };
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function move<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to]!, copy[index]!];
  return copy;
}

/** "Nhân viên có thái độ lịch sự" → "nhan-vien-co-thai-do-lich-su": lower-case ASCII words joined by dashes. */
export function slugOf(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const BASE_LENGTH = 30;

/** A new id from the wording, unique among `taken`: its slug cut at a word (at most 30 characters) and a counter. */
export function questionIdFor(text: string, taken: ReadonlySet<string>): string {
  let base = slugOf(text);
  if (base.length > BASE_LENGTH) base = base.slice(0, BASE_LENGTH).replace(/-[^-]*$/, '') || base.slice(0, BASE_LENGTH);
  base = base.replace(/-+$/, '') || 'cau-hoi';
  for (let n = 1; ; n++) {
    const id = `${base}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** The sections as the API takes them: new questions get their ids, existing ones keep theirs; blank choices are dropped. */
export function toSections(draft: readonly DraftSection[]): SurveySections {
  const taken = new Set(draft.flatMap((s) => s.questions.map((q) => q.id).filter((id): id is string => id !== null)));
  return draft.map((s) => ({
    title: s.title.trim(),
    questions: s.questions.map((q) => {
      const id = q.id ?? questionIdFor(q.text, taken);
      taken.add(id);
      return {
        id,
        kind: q.kind,
        text: q.text.trim(),
        required: q.required,
        choices: isChoosing(q.kind) ? q.choices.map((c) => c.trim()).filter(Boolean) : null,
        aspect: q.kind === 'scale' ? q.aspect : null,
      };
    }),
  }));
}

/** What the server would say of the draft, compared with the saved one: whether there is anything to save. */
export const sameSections = (a: readonly DraftSection[], b: readonly DraftSection[]) => JSON.stringify(strip(a)) === JSON.stringify(strip(b));
const strip = (draft: readonly DraftSection[]) => draft.map((s) => ({ title: s.title, questions: s.questions.map(({ key: _key, ...q }) => q) }));

import { questionsOf, type Question, type Section } from './questionnaire';

/**
 * One answer sheet as kept (survey_responses.answers_json): by question id, a scale's point (1–5), a single
 * choice's rank, the ranks of multiple choices, or the text written. A question skipped is absent.
 */
export type Answer = number | number[] | string;
export type Answers = Record<string, Answer>;

/** The longest free text kept: a page of a letter, enough for a real comment and not for a dump. */
export const MAX_TEXT_ANSWER = 2000;

/** The form field of a question: names never collide with other fields of the page. */
export const fieldName = (questionId: string) => `q_${questionId}`;

/** What the citizen sent, by field name, each with every value given (checkboxes repeat a name). */
export type FormValues = Record<string, string[]>;

const rank = (value: string | undefined, count: number) => {
  if (value === undefined || !/^\d{1,2}$/.test(value)) return null;
  const n = Number(value);
  return n < count ? n : null;
};

/**
 * Reads a questionnaire's answers from a form: the values each kind allows, required questions answered.
 * Errors are by question id, in Vietnamese, so the page can show each beside its question.
 */
export function readAnswers(sections: readonly Section[], form: FormValues): { answers: Answers; errors: Record<string, string> } {
  const answers: Answers = {};
  const errors: Record<string, string> = {};
  for (const q of questionsOf(sections)) {
    const values = (form[fieldName(q.id)] ?? []).map((v) => v.trim()).filter((v) => v !== '');
    const result = readOne(q, values);
    if ('error' in result) errors[q.id] = result.error;
    else if (result.answer !== undefined) answers[q.id] = result.answer;
    else if (q.required) errors[q.id] = q.kind === 'text' ? 'Xin ông/bà viết câu trả lời.' : 'Xin ông/bà chọn một câu trả lời.';
  }
  return { answers, errors };
}

function readOne(q: Question, values: string[]): { answer?: Answer } | { error: string } {
  if (values.length === 0) return {};
  switch (q.kind) {
    case 'scale': {
      const point = values.length === 1 && /^[1-5]$/.test(values[0]!) ? Number(values[0]) : null;
      return point === null ? { error: 'Mức đánh giá phải từ 1 đến 5.' } : { answer: point };
    }
    case 'single': {
      const chosen = values.length === 1 ? rank(values[0], q.choices!.length) : null;
      return chosen === null ? { error: 'Xin chọn một trong các phương án.' } : { answer: chosen };
    }
    case 'multiple': {
      const ranks = values.map((v) => rank(v, q.choices!.length));
      if (ranks.some((r) => r === null)) return { error: 'Xin chọn trong các phương án đã có.' };
      return { answer: [...new Set(ranks as number[])].sort((a, b) => a - b) };
    }
    case 'text': {
      const text = values.join('\n');
      return text.length > MAX_TEXT_ANSWER ? { error: `Câu trả lời dài tối đa ${MAX_TEXT_ANSWER} ký tự.` } : { answer: text };
    }
  }
}

/** The scale answers of a sheet with what they measure: the rows of survey_scale_answers. */
export function scaleAnswersOf(sections: readonly Section[], answers: Answers) {
  return questionsOf(sections)
    .filter((q) => q.kind === 'scale' && typeof answers[q.id] === 'number')
    .map((q) => ({ questionId: q.id, aspect: q.aspect, point: answers[q.id] as number }));
}

/** An answer as a person reads it: a point as a number, choices by their wording, text as written. */
export function answerCell(q: Question, answer: Answer | undefined): string | number | null {
  if (answer === undefined) return null;
  if (q.kind === 'scale') return typeof answer === 'number' ? answer : null;
  if (q.kind === 'single') return typeof answer === 'number' ? (q.choices?.[answer] ?? null) : null;
  if (q.kind === 'multiple') return Array.isArray(answer) ? answer.map((r) => q.choices?.[r]).filter(Boolean).join('; ') : null;
  return typeof answer === 'string' ? answer : null;
}

import { expect } from 'vitest';
import type { Answers } from '../../src/domain/surveys/answers';
import type { Section } from '../../src/domain/surveys/questionnaire';
import { findSurvey } from '../../src/db/repositories/surveys';
import { newDeviceToken, saveSurveyAnswers } from '../../src/server/commands/answer-survey';
import type { TestApp } from './test-app';

/** A questionnaire with one question of every kind, required and not. */
export const ALL_KINDS_SECTIONS = [
  {
    title: 'Về ông/bà',
    questions: [
      { id: 'doi-tuong', kind: 'single', text: 'Ông/bà là', required: true, choices: ['Người bệnh', 'Người nhà người bệnh'] },
      { id: 'kenh', kind: 'multiple', text: 'Ông/bà biết thủ tục qua kênh nào?', required: false, choices: ['Bảng niêm yết', 'Trang thông tin điện tử', 'Zalo'] },
    ],
  },
  {
    title: 'Đánh giá',
    questions: [
      { id: 'thai-do', kind: 'scale', text: 'Thái độ của nhân viên tiếp đón', required: true, aspect: 'staff' },
      { id: 'cho-ngoi', kind: 'scale', text: 'Nơi ngồi chờ sạch sẽ, thoáng mát', required: false, aspect: 'access' },
      { id: 'gop-y', kind: 'text', text: 'Góp ý khác', required: false },
    ],
  },
];

/** Creates a survey through the API and answers its id; published unless asked not to be. */
export async function addSurvey(t: TestApp, cookie: string, body: Record<string, unknown>, options: { publish?: boolean } = {}): Promise<string> {
  const res = await t.request('POST', '/api/surveys', { cookie, body: { title: 'Khảo sát thử', ...body } });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  if (options.publish !== false) {
    const published = await t.request('POST', `/api/surveys/${id}/publish`, { cookie });
    expect(published.statusCode, published.body).toBe(200);
  }
  return id;
}

/** Keeps an answer sheet as the public form would, on a day of the test's choosing. */
export async function answerOn(t: TestApp, surveyId: string, day: string, answers: Answers): Promise<void> {
  const row = await findSurvey(t.store.db, surveyId);
  const outcome = await saveSurveyAnswers(t.store.db, { ...row!, sections: JSON.parse(row!.sections_json) as Section[] }, answers, newDeviceToken(), day);
  expect(outcome).toBe('saved');
}

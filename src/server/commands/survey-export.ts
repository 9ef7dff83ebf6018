import type { Answers } from '../../domain/surveys/answers';
import type { Section } from '../../domain/surveys/questionnaire';
import { responsesOf } from '../../db/repositories/surveys';
import { foldText } from '../../shared/fold';
import { surveyPath } from '../../shared/public-urls';
import { surveyResponsesWorkbook } from '../../documents/xlsx/survey-responses-workbook';
import { loadSurvey } from './survey-access';
import type { CommandContext } from './transaction';

/** A download name people recognise: the survey's words without marks, short. */
const fileBase = (title: string) => foldText(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'khao-sat';

/** Every answer sheet of a survey as an XLSX workbook, oldest first. */
export async function surveyResponsesFile(ctx: CommandContext, id: string): Promise<{ bytes: Buffer; fileName: string }> {
  const row = await loadSurvey(ctx.db, ctx.actor, id);
  const sheets = (await responsesOf(ctx.db, id)).reverse().map((s) => ({ answeredOn: s.answered_on, answers: JSON.parse(s.answers_json) as Answers }));
  const bytes = await surveyResponsesWorkbook({ title: row.title, bodyName: row.org_name, sections: JSON.parse(row.sections_json) as Section[], sheets });
  return { bytes, fileName: `phieu-tra-loi-${fileBase(row.title)}.xlsx` };
}

/** The absolute public link of a survey any staff member who reads it may print or share. */
export async function surveyPublicLink(ctx: CommandContext, id: string, origin: string): Promise<string> {
  const row = await loadSurvey(ctx.db, ctx.actor, id);
  return origin + surveyPath(row.org_code, row.id);
}

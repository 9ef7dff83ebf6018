/**
 * How well and how fast the plan importer reads real plans (issue 15): every text of
 * ../shared/corpus/real-plans and every seed, parsed and scored field by field with the README's rules
 * there; then the time to read the longest of them as text, as DOCX and as PDF (made by LibreOffice),
 * lengthened to more than 30 pages. Prints figures; asserts nothing (tests/import guards the score).
 * Run: npm run import-score
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extractPlanText } from '../src/documents/import/extract-text';
import { convertWithLibreOffice, findSoffice } from '../src/documents/pdf/libreoffice';
import { parsePlanText } from '../src/domain/import';
import { formatScoreTable } from '../tests/support/import-score';
import { CORPUS_DIR, scoreCorpus, scoreInputsAbsentLine, scoreInputsAvailable, scoreSeeds } from '../tests/support/real-plans';

if (!scoreInputsAvailable) {
  console.log(scoreInputsAbsentLine);
} else {
  console.log(formatScoreTable([
    { name: 'corpus', scores: scoreCorpus() },
    { name: 'seeds', scores: scoreSeeds() },
  ]));
  await timeLongestPlan();
}

/** The median of `runs` timings of `work`, in milliseconds. */
async function median(runs: number, work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

async function timeLongestPlan(): Promise<void> {
  const [longest] = readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(`${CORPUS_DIR}${name}`, 'utf8') }))
    .sort((a, b) => b.text.length - a.text.length);
  if (!longest) return;
  // Its task table twice more, as a plan with a long appendix is: well over 30 printed pages.
  const table = longest.text.slice(longest.text.lastIndexOf('PHỤ LỤC'));
  const text = `${longest.text}\n${table}\n${table}`;
  const lines = text.split('\n').length;
  console.log(`\nTime to read ${longest.name} with its appendix three times (${lines} lines), median of 5:`);
  console.log(`  text  parse only          ${(await median(5, () => parsePlanText(text))).toFixed(0)} ms, ${parsePlanText(text).tasks.length} tasks`);
  if (!findSoffice()) {
    console.log('  (LibreOffice is not installed: DOCX and PDF not timed)');
    return;
  }
  for (const format of ['docx', 'pdf'] as const) {
    const file = await convertWithLibreOffice(Buffer.from(text, 'utf8'), 'txt', format, 'Text (encoded):UTF8,LF,,,');
    const pages = format === 'pdf' ? ` ${(file.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length} pages,` : '';
    const ms = await median(5, async () => parsePlanText((await extractPlanText(file, `plan.${format}`)).text));
    console.log(`  ${format.padEnd(5)} read and parse   ${ms.toFixed(0)} ms,${pages} ${(file.length / 1024).toFixed(0)} KB`);
  }
}

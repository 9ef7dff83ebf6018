import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlanText } from '../../src/domain/import';
import { documentScore, scoreDraft, type DocumentScore, type ExpectedPlan } from './import-score';
import { readSeed, seedsAvailable, SEEDS_DIR } from './seeds';

/**
 * The importer measured (issue 15): every real plan of ../shared/corpus/real-plans against its
 * `*.expected.json`, and every seed against tests/fixtures/seed-expectations. Both folders beside the
 * repository are absent from a plain clone; callers check `scoreInputsAvailable` first.
 */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/corpus/real-plans/', import.meta.url));
export const SEED_EXPECTATIONS_DIR = fileURLToPath(new URL('../fixtures/seed-expectations/', import.meta.url));

export const corpusAvailable = existsSync(CORPUS_DIR);

export const scoreInputsAvailable = seedsAvailable && corpusAvailable;

export const scoreInputsAbsentLine = `../shared (${CORPUS_DIR} hoặc ${SEEDS_DIR}) không có bên cạnh kho mã: bỏ qua phép đo trình nhập kế hoạch.`;

const EXPECTED = '.expected.json';

const readExpected = (path: string): ExpectedPlan => JSON.parse(readFileSync(path, 'utf8')) as ExpectedPlan;

/** Each corpus text beside its expected fields, parsed as the text it is. */
export function scoreCorpus(): DocumentScore[] {
  return scoreExpectations(CORPUS_DIR, (document) => readFileSync(`${CORPUS_DIR}${document}.txt`, 'utf8'), (document) => document);
}

/** Each seed through the path the seed tests take (`parsePlanText(readSeed(name))`). */
export function scoreSeeds(): DocumentScore[] {
  return scoreExpectations(SEED_EXPECTATIONS_DIR, (document) => readSeed(`${document}.txt`), (document) => `seed ${document}`);
}

/** Every `NAME.expected.json` in `folder`, against the draft of NAME's text. */
function scoreExpectations(folder: string, textOf: (document: string) => string, label: (document: string) => string): DocumentScore[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(EXPECTED))
    .sort()
    .map((name) => {
      const document = name.slice(0, -EXPECTED.length);
      return documentScore(label(document), scoreDraft(parsePlanText(textOf(document)), readExpected(`${folder}${name}`)));
    });
}

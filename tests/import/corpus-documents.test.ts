import { readFileSync, readdirSync } from 'node:fs';
import { extractPlanText } from '../../src/documents/import/extract-text';
import { convertWithLibreOffice } from '../../src/documents/pdf/libreoffice';
import { parsePlanText } from '../../src/domain/import';
import { draftFields } from '../support/draft-fields';
import { CORPUS_DIR, corpusAvailable, scoreInputsAbsentLine } from '../support/real-plans';

/**
 * Issue 15, point 4: each real plan of ../shared/corpus/real-plans turned into a Word file and into a PDF
 * by LibreOffice, as a clerk would save it, reads back to the draft its text gives, field by field.
 */
if (!corpusAvailable) console.log(scoreInputsAbsentLine);

const TEXT_FILTER = 'Text (encoded):UTF8,LF,,,';
const plans = corpusAvailable ? readdirSync(CORPUS_DIR).filter((name) => name.endsWith('.txt')).sort() : [];

describe.skipIf(!corpusAvailable)('real plans as DOCX and PDF, read and parsed (issue 15)', () => {
  for (const name of plans) {
    it(`${name} gives the same draft as text, as DOCX and as PDF`, async () => {
      const text = readFileSync(`${CORPUS_DIR}${name}`, 'utf8');
      const expected = draftFields(parsePlanText(text));
      expect(expected.title).not.toBeNull();
      for (const format of ['docx', 'pdf'] as const) {
        const file = await convertWithLibreOffice(Buffer.from(text, 'utf8'), 'txt', format, TEXT_FILTER);
        const read = await extractPlanText(file, `plan.${format}`);
        expect({ format, ...draftFields(parsePlanText(read.text)) }).toEqual({ format, ...expected });
      }
    }, 60_000);
  }
});

import { parsePlanText } from '../../domain/import';
import { docxToPdf } from '../pdf/libreoffice';
import { extractPlanText } from './extract-text';
import { planDocx } from './test-documents.fixture';
import { readSeed as seed, seedsAvailable } from '../../../tests/support/seeds';
import { draftFields } from '../../../tests/support/draft-fields';

/**
 * Each seed as a DOCX made from it, and the TTYT seed also as the PDF LibreOffice makes of that DOCX,
 * read back and parsed: the draft must say what the seed's own text says, field by field.
 */

const fields = (text: string) => draftFields(parsePlanText(text));

describe.skipIf(!seedsAvailable)('seeds as DOCX and PDF, read and parsed', () => {
  for (const name of ['000_3bac6054eb6e82d9.txt', '001_10630c44fb5d4977.txt', '002_6c8ca109d674577c.txt']) {
    it(`${name} as DOCX gives the draft its text gives`, async () => {
      const text = seed(name);
      const { text: fromDocx } = await extractPlanText(await planDocx(text), 'plan.docx');
      expect(fields(fromDocx)).toEqual(fields(text));
    });
  }

  it('the TTYT seed as PDF gives the same appendix tasks and heading', async () => {
    const text = seed('002_6c8ca109d674577c.txt');
    const { text: fromPdf } = await extractPlanText(await docxToPdf(await planDocx(text)), 'plan.pdf');
    const expected = fields(text);
    const got = fields(fromPdf);
    expect({ symbol: got.symbol, year: got.year, kind: got.kind, title: got.title, signer: got.signer }).toEqual({ symbol: expected.symbol, year: expected.year, kind: expected.kind, title: expected.title, signer: expected.signer });
    expect(got.tasks).toEqual(expected.tasks);
  }, 60_000);
});

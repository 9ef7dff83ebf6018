/**
 * The PDF of a plan by the warm converter (decision 0032): `npx tsx bench/pdf.bench.ts [runs]`.
 * Prints the first conversion (LibreOffice starting), the median and max of the next `runs` (10), the same
 * plan by a LibreOffice started for it alone (the cold path, for comparison), and what a zip of 60 plans
 * (the export-plan-pdfs job: DOCX, PDF, zip) would take. Figures only; asserts nothing.
 */
import JSZip from 'jszip';
import { convertOnce, findSoffice } from '../src/documents/pdf/soffice';
import { samplePlanDocx } from '../src/documents/pdf/sample-plan.fixture';
import { WarmConverter } from '../src/documents/pdf/warm-converter';

const TASKS = 100;
const runs = Number(process.argv[2] ?? 10);
const soffice = findSoffice();
if (!soffice) {
  console.log('soffice not found: install Debian libreoffice-writer-nogui (and python3-uno for the warm converter)');
  process.exit(0);
}

const ms = (start: number) => Math.round(performance.now() - start);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  return [await work(), ms(start)];
}

const docxTimes: number[] = [];
let docx: Buffer = Buffer.alloc(0);
for (let i = 0; i < 5; i++) [docx, docxTimes[i]] = await timed(() => samplePlanDocx(TASKS));

const warnings: string[] = [];
const converter = new WarmConverter({ log: { info: () => undefined, warn: (line) => warnings.push(line) } });
const [pdf, first] = await timed(() => converter.convert(docx, 'docx', 'pdf'));
const warm: number[] = [];
for (let i = 0; i < runs; i++) warm.push((await timed(() => converter.convert(docx, 'docx', 'pdf')))[1]);
const mode = converter.pid === null ? 'cold (no python3-uno)' : `warm (LibreOffice pid ${converter.pid}, ${converter.starts} starts)`;
await converter.close();

const cold: number[] = [];
for (let i = 0; i < 3; i++) cold.push((await timed(() => convertOnce(soffice, docx, 'docx', 'pdf', undefined)))[1]);

const zip = new JSZip();
for (let i = 0; i < 60; i++) zip.file(`plan-${i}.pdf`, pdf);
const [, zipMs] = await timed(() => zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));

const perPlan = median(docxTimes) + median(warm);
console.log(`plan DOCX: ${TASKS} tasks, ${docx.length} bytes; its PDF ${pdf.length} bytes; converter ${mode}`);
for (const line of warnings) console.log(`  ${line}`);
console.log(`DOCX written in            median ${median(docxTimes)} ms`);
console.log(`first conversion           ${first} ms (starting LibreOffice included)`);
console.log(`next ${runs} conversions       median ${median(warm)} ms, max ${Math.max(...warm)} ms  [${warm.join(', ')}]`);
console.log(`cold (LibreOffice per file) median ${median(cold)} ms  [${cold.join(', ')}]`);
console.log(`zip of 60 such PDFs        ${zipMs} ms`);
console.log(`60 plans (DOCX + PDF each, then zip), extrapolated: ${((first + median(docxTimes) + 59 * perPlan + zipMs) / 1000).toFixed(1)} s`);
console.log(`  (with the cold path instead: ${((60 * (median(docxTimes) + median(cold)) + zipMs) / 1000).toFixed(1)} s)`);

import { documentBlocks } from '../../shared/plan-document/blocks';
import { numberText, shortDate } from '../../shared/plan-document/document-text';
import { DOCUMENT_WORDS as W } from '../../shared/plan-document/document-words';
import type { PlanContent } from '../../shared/schemas/plans';
import { formatPlanNumber } from '../../domain/plans/lifecycle';
import type { IsoDate } from '../../domain/schedule/schedule';
import { officialDocumentBuffer, type BodyBlock, type OfficialDocumentParts } from './official-document';

/** One row of the task appendix, with its assignees already named. */
export type PlanDocumentTask = { number: string; title: string; lead: string | null; coordinators: string[]; deadline: string; output: string | null; note: string | null };

/** Everything a plan's document says; the server gathers it, this module only lays it out. */
export type PlanDocumentData = {
  superiorName: string | null;
  issuerName: string;
  number: number | null;
  symbol: string;
  placeName: string | null;
  issuedOn: IsoDate | null;
  year: number;
  title: string;
  content: PlanContent;
  signingAuthority: string | null;
  signerTitle: string | null;
  signerName: string | null;
  tasks: PlanDocumentTask[];
};

/**
 * The body as the document prints it, from the same blocks as the web's document view: the bases in
 * italic, the opening, the numbered parts (titled items as headings), the closing with "./.".
 */
function bodyOf(content: PlanContent): BodyBlock[] {
  const blocks = documentBlocks(content);
  const body: BodyBlock[] = content.bases.length ? [{ kind: 'bases', items: content.bases }] : [];
  for (const block of blocks) {
    if (block.style === 'basis') continue;
    if (block.style === 'heading') {
      const [numbering = '', ...words] = block.lead.split(' ');
      body.push(block.level && block.level !== 'other' ? { kind: 'heading', numbering, text: words.join(' ') } : { kind: 'paragraph', text: [{ text: block.lead, bold: true }] });
    } else {
      body.push({ kind: 'paragraph', text: block.lead ? `${block.lead} ${block.text}`.trim() : block.text });
    }
  }
  return body;
}

/** Signed by the head ("GIÁM ĐỐC") unless the plan says otherwise ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC"). */
function signatureOf(plan: PlanDocumentData) {
  return { authority: plan.signingAuthority ?? 'GIÁM ĐỐC', signerTitle: plan.signerTitle, signerName: plan.signerName };
}

export function planDocumentParts(plan: PlanDocumentData): OfficialDocumentParts {
  const date = plan.issuedOn ?? { year: plan.year };
  const numberAndSymbol = formatPlanNumber(plan.number, plan.symbol);
  return {
    heading: { superiorName: plan.superiorName, issuerName: plan.issuerName, number: plan.number, symbol: plan.symbol, placeName: plan.placeName, date },
    title: { kind: W.kind, summary: plan.title },
    body: bodyOf(plan.content),
    signature: signatureOf(plan),
    recipients: plan.content.recipients,
    appendices: plan.tasks.length
      ? [
          {
            label: W.appendix,
            title: W.appendixTitle,
            attachedTo: `${W.attachedTo} ${numberText(numberAndSymbol)} ${W.day} ${shortDate(plan.issuedOn, plan.year)} ${W.of} ${plan.issuerName}`,
            landscape: true,
            columns: [
              { title: W.columns[0], weight: 6, align: 'center' },
              { title: W.columns[1], weight: 33 },
              { title: W.columns[2], weight: 13 },
              { title: W.columns[3], weight: 16 },
              { title: W.columns[4], weight: 11, align: 'center' },
              { title: W.columns[5], weight: 13 },
              { title: W.columns[6], weight: 8 },
            ],
            rows: plan.tasks.map((t) => [t.number, t.title, t.lead ?? '', t.coordinators.join(';\n'), t.deadline, t.output ?? '', t.note ?? '']),
          },
        ]
      : [],
  };
}

/** The plan as a .docx: the text on portrait pages, the task appendix on landscape pages. */
export function planDocumentBuffer(plan: PlanDocumentData): Promise<Buffer> {
  return officialDocumentBuffer(planDocumentParts(plan));
}

import type { PlanContent, Section } from '../schemas/plans';
import { formatNumbering, numberingKind, punctuateList, withEndMark, type NumberingKind } from './document-text';

/**
 * One paragraph of the document body. `lead` is printed before the text in the heading's style
 * (the numbering, or the numbering and heading of a titled item).
 */
export type DocBlock = {
  key: string;
  style: 'basis' | 'paragraph' | 'heading';
  level: NumberingKind | null;
  lead: string;
  text: string;
};

const lines = (text: string | null | undefined) =>
  (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

function sectionBlocks(sections: readonly Section[], prefix: string): DocBlock[] {
  return sections.flatMap((section, i) => {
    const key = `${prefix}${i}`;
    const level = numberingKind(section.numbering);
    const numbering = formatNumbering(section.numbering);
    const [first = '', ...rest] = lines(section.text);
    const own: DocBlock[] = section.heading?.trim()
      ? [
          { key: `${key}h`, style: 'heading', level, lead: [numbering, section.heading.trim()].filter(Boolean).join(' '), text: '' },
          ...lines(section.text).map((text, j): DocBlock => ({ key: `${key}t${j}`, style: 'paragraph', level: null, lead: '', text })),
        ]
      : first || numbering
        ? [
            { key: `${key}t`, style: 'paragraph', level, lead: numbering, text: first },
            ...rest.map((text, j): DocBlock => ({ key: `${key}t${j + 1}`, style: 'paragraph', level: null, lead: '', text })),
          ]
        : [];
    return [...own, ...sectionBlocks(section.children, `${key}.`)];
  });
}

/**
 * The body of a plan, from its bases to the closing paragraph. The text proper (its parts and the
 * closing) ends with "./."; a draft with nothing after its opening has no end mark yet.
 */
export function documentBlocks(content: PlanContent): DocBlock[] {
  const text: DocBlock[] = [
    ...sectionBlocks(content.sections, 's'),
    ...lines(content.closing).map((line, i): DocBlock => ({ key: `c${i}`, style: 'paragraph', level: null, lead: '', text: line })),
  ];
  const last = text.at(-1);
  if (last) text[text.length - 1] = last.text ? { ...last, text: withEndMark(last.text) } : { ...last, lead: withEndMark(last.lead) };
  return [
    ...punctuateList(content.bases).map((line, i): DocBlock => ({ key: `b${i}`, style: 'basis', level: null, lead: '', text: line })),
    ...lines(content.introduction).map((line, i): DocBlock => ({ key: `i${i}`, style: 'paragraph', level: null, lead: '', text: line })),
    ...text,
  ];
}

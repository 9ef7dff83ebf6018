import { isBullet } from './markers';
import type { Paragraph } from './paragraphs';
import { familyOf } from './sections';
import { withoutListEnd } from './text-shape';

/** Paragraphs that open the introduction rather than continue a basis. */
const INTRODUCTION = /^(?:Thực hiện|Để|Nhằm|Theo|Triển khai|Trên cơ sở)(?![\p{L}\p{N}])|như sau:?$/u;

export type Preamble = { bases: string[]; introduction: string | null; rest: Paragraph[] };

/**
 * The paragraphs before the first heading: "Căn cứ …" paragraphs are the bases (each as written, a
 * paragraph citing several documents stays one), the others ("Thực hiện …", "… như sau:") the introduction.
 */
export function readPreamble(paragraphs: readonly Paragraph[]): Preamble {
  const first = paragraphs.findIndex((paragraph) => {
    const family = familyOf(paragraph);
    return family !== null && !(paragraph.marker && isBullet(paragraph.marker));
  });
  const head = first < 0 ? paragraphs : paragraphs.slice(0, first);
  const bases: string[] = [];
  const introduction: string[] = [];
  let open = false;
  for (const paragraph of head) {
    const text = paragraph.text;
    const bullet = paragraph.marker !== null && isBullet(paragraph.marker);
    const own = bullet ? (paragraph.marker?.rest ?? text) : text;
    if (/^Căn cứ(?![\p{L}\p{N}])/u.test(text)) {
      // "Căn cứ:" over a list of "- …;" lines: each line is a basis.
      if (!/^Căn cứ\s*(?:các văn bản sau)?\s*:$/u.test(text)) bases.push(withoutListEnd(text));
      open = !/\.$/u.test(text);
    } else if (open && bullet) {
      bases.push(withoutListEnd(own));
    } else if (open && bases.length > 0 && /[;,]$/u.test(previousText(head, paragraph)) && !INTRODUCTION.test(text)) {
      // A basis broken by the page at its ";" goes on in the next paragraph.
      bases[bases.length - 1] += ` ${withoutListEnd(own)}`;
    } else {
      introduction.push(text);
      open = false;
    }
  }
  return {
    bases: bases.filter((basis) => basis !== ''),
    introduction: introduction.length > 0 ? introduction.join('\n') : null,
    rest: first < 0 ? [] : paragraphs.slice(first),
  };
}

function previousText(paragraphs: readonly Paragraph[], paragraph: Paragraph): string {
  return paragraphs[paragraphs.indexOf(paragraph) - 1]?.text ?? '';
}

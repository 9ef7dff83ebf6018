import type { SourceLine } from './source-lines';

/** Lines as one text joined by "\n", with the way back from a place in it to the line it stands on. */
export type JoinedText = { value: string; lineAt: (offset: number) => number | null };

/**
 * A heading or a signature laid out as a table comes out of Word, PDF or a web page broken at any word,
 * so patterns are matched over the lines joined; `lineAt` keeps problems pointing at the line a person sees.
 */
export function joinedText(lines: readonly SourceLine[]): JoinedText {
  const starts: number[] = [];
  let length = 0;
  for (const line of lines) {
    starts.push(length);
    length += line.raw.length + 1;
  }
  return {
    value: lines.map((line) => line.raw).join('\n'),
    lineAt: (offset) => {
      let index = starts.length - 1;
      while (index > 0 && (starts[index] ?? 0) > offset) index--;
      return lines[index]?.no ?? null;
    },
  };
}

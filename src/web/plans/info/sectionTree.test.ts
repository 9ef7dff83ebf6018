import type { Section } from '../../api/types';
import { addChild, appendTop, blankSection, insertAfter, moveAt, nextNumbering, removeAt, updateAt } from './sectionTree';

const s = (numbering: string, heading: string, children: Section[] = []): Section => ({ ...blankSection(numbering), heading, children });

describe('the nested section editor', () => {
  it('numbers the next item the way plans do', () => {
    expect(['I', 'III', 'IX', '1', '2.3', '1.1.9', 'a', 'd', '-', '+', '(3)'].map(nextNumbering)).toEqual(['II', 'IV', 'X', '2', '2.4', '1.1.10', 'b', 'đ', '-', '+', '(4)']);
  });

  it('adds children numbered under their parent, and siblings after a section', () => {
    let sections = [s('I', 'MỤC ĐÍCH, YÊU CẦU')];
    sections = addChild(sections, [0]);
    sections = addChild(sections, [0]);
    expect(sections[0]?.children.map((c) => c.numbering)).toEqual(['1', '2']);
    sections = addChild(sections, [0, 1]);
    expect(sections[0]?.children[1]?.children[0]?.numbering).toBe('2.1');
    sections = insertAfter(sections, [0]);
    expect(sections.map((x) => x.numbering)).toEqual(['I', 'II']);
    expect(appendTop(sections).at(-1)?.numbering).toBe('III');
    expect(appendTop([])[0]?.numbering).toBe('I');
  });

  it('edits, moves and removes a section deep in the tree without touching the rest', () => {
    const sections = [s('I', 'A', [s('1', 'a1'), s('2', 'a2')]), s('II', 'B')];
    const edited = updateAt(sections, [0, 1], { text: 'Nội dung' });
    expect(edited[0]?.children[1]?.text).toBe('Nội dung');
    expect(sections[0]?.children[1]?.text).toBeNull();
    expect(moveAt(sections, [0, 1], -1)[0]?.children.map((c) => c.heading)).toEqual(['a2', 'a1']);
    expect(moveAt(sections, [1], 1).map((c) => c.heading)).toEqual(['A', 'B']);
    expect(removeAt(sections, [0, 0])[0]?.children.map((c) => c.heading)).toEqual(['a2']);
  });
});

import {
  addArea,
  addChild,
  bandsText,
  defaultBands,
  defaultYear,
  draftFrom,
  draftProblems,
  flatRows,
  leafCount,
  moveAt,
  nextCode,
  nodeAt,
  pointsText,
  removeAt,
  renumber,
  sameTree,
  sumPoints,
  toInput,
  totalPoints,
  updateAt,
  type CriterionSource,
} from './criteria-model';

const leaf = (code: string, maxPoints: number, guide: string | null = null): CriterionSource => ({ code, name: `Tiêu chí ${code}`, maxPoints, guide, evidence: null, children: [] });

/** A small set as the API shows it: area I with a criterion split in two, area II with one leaf. */
const SET: CriterionSource[] = [
  { code: 'I', name: 'Công tác chỉ đạo, điều hành', maxPoints: 6, children: [{ code: '1.1', name: 'Kế hoạch CCHC năm', maxPoints: 3.5, children: [leaf('1.1.1', 2), leaf('1.1.2', 1.5, '100%: 1,5 điểm; dưới 100%: 0')] }, leaf('1.2', 2.5)] },
  { code: 'II', name: 'Cải cách thủ tục hành chính', maxPoints: 4, children: [{ ...leaf('2.1', 4), rule: { figure: 'procedures_posted', steps: 2 } }] },
];

describe('criteria set editing', () => {
  it('reads the set as rows in reading order, with its total and the criteria a body scores', () => {
    const tree = draftFrom(SET);
    expect(flatRows(tree).map((r) => `${r.depth}:${r.node.code}`)).toEqual(['1:I', '2:1.1', '3:1.1.1', '3:1.1.2', '2:1.2', '1:II', '2:2.1']);
    expect(totalPoints(tree)).toBe(10);
    expect(leafCount(tree)).toBe(4);
  });

  it('adds a sub-criterion\'s change of maximum up to its criterion, its area and the total', () => {
    const tree = updateAt(draftFrom(SET), [0, 0, 1], { maxPoints: 2.25 });
    expect([nodeAt(tree, [0, 0])!.maxPoints, nodeAt(tree, [0])!.maxPoints, totalPoints(tree)]).toEqual([4.25, 6.75, 10.75]);
    // A parent's own maximum cannot be written: it stays its children's sum.
    expect(nodeAt(updateAt(tree, [0], { maxPoints: 99 }), [0])!.maxPoints).toBe(6.75);
  });

  it('adds in hundredths, so 0,1 + 0,2 is 0,3', () => {
    expect(sumPoints([0.1, 0.2, null])).toBe(0.3);
    expect(pointsText(1.5)).toBe('1,5');
    expect(pointsText(100)).toBe('100');
  });

  it('gives a new row the next code of its siblings, and a leaf\'s first child its maximum so the total stays', () => {
    let tree = addArea(draftFrom(SET));
    expect(nodeAt(tree, [2])!.code).toBe('III');
    tree = addChild(tree, [2]);
    expect(nodeAt(tree, [2, 0])).toMatchObject({ code: '3.1', maxPoints: null });
    tree = addChild(tree, [1, 0]);
    expect(nodeAt(tree, [1, 0, 0])).toMatchObject({ code: '2.1.1', maxPoints: 4 });
    expect(totalPoints(tree)).toBe(10);
    tree = addChild(tree, [0, 0]);
    expect(nodeAt(tree, [0, 0, 2])).toMatchObject({ code: '1.1.3', maxPoints: null });
  });

  it('has no fourth level', () => {
    const tree = draftFrom(SET);
    expect(addChild(tree, [0, 0, 0])).toEqual(tree);
  });

  it('continues the numbering a set uses: Roman, numbers, letters', () => {
    expect(nextCode('IX')).toBe('X');
    expect(nextCode('I.9')).toBe('I.10');
    expect(nextCode('I.1.a')).toBe('I.1.b');
    expect(nextCode('Khác')).toBe('Khác.1');
  });

  it('removes a row with its children and moves rows among their siblings only', () => {
    let tree = removeAt(draftFrom(SET), [0, 0]);
    expect(flatRows(tree).map((r) => r.node.code)).toEqual(['I', '1.2', 'II', '2.1']);
    expect(totalPoints(tree)).toBe(6.5);
    tree = moveAt(draftFrom(SET), [0, 0, 1], -1);
    expect(nodeAt(tree, [0, 0])!.children.map((c) => c.code)).toEqual(['1.1.2', '1.1.1']);
    expect(moveAt(tree, [1], 1)).toEqual(tree);
  });

  it('numbers the codes again in order after rows were moved', () => {
    const moved = moveAt(draftFrom(SET), [1], -1);
    expect(flatRows(renumber(moved)).map((r) => `${r.node.code} ${r.node.name}`)).toEqual([
      'I Cải cách thủ tục hành chính',
      '1.1 Tiêu chí 2.1',
      'II Công tác chỉ đạo, điều hành',
      '2.1 Kế hoạch CCHC năm',
      '2.1.1 Tiêu chí 1.1.1',
      '2.1.2 Tiêu chí 1.1.2',
      '2.2 Tiêu chí 1.2',
    ]);
  });

  it('keeps what the server read a guide as until the guide is edited', () => {
    const tree = draftFrom(SET);
    expect(nodeAt(tree, [1, 0])!.rule).toEqual({ figure: 'procedures_posted', steps: 2 });
    expect(nodeAt(updateAt(tree, [1, 0], { name: 'Niêm yết' }), [1, 0])!.rule).not.toBeNull();
    expect(nodeAt(updateAt(tree, [1, 0], { guide: 'Có niêm yết: 4 điểm' }), [1, 0])!.rule).toBeNull();
  });

  it('shows a sheet\'s maximums as written, so a parent that does not add up can be seen, and edits them summed', () => {
    const read: CriterionSource[] = [{ code: 'I', name: 'Chỉ đạo', maxPoints: 4, children: [leaf('I.1', 2), leaf('I.2', 1)] }];
    expect(nodeAt(draftFrom(read, { asRead: true }), [0])!.maxPoints).toBe(4);
    expect(nodeAt(draftFrom(read), [0])!.maxPoints).toBe(3);
  });

  it('says which rows lack a code, a name or a maximum; a sheet\'s unreadable maximum is one to fill', () => {
    const tree = addChild(draftFrom([{ code: 'I', name: 'Chỉ đạo', maxPoints: 3, children: [leaf('1', 0)] }]), [0]);
    expect(draftProblems(updateAt(tree, [0], { code: ' ' })).map((p) => `${p.kind} ${p.path.join('.')}`)).toEqual(['code 0', 'points 0.0', 'name 0.1', 'points 0.1']);
  });

  it('sends text trimmed, empty text as nothing, and no children on a sub-criterion', () => {
    const tree = updateAt(draftFrom(SET), [0, 0, 0], { name: '  Ban hành kế hoạch  ', guide: ' ' });
    const input = toInput(tree);
    expect(input[0]!.children![0]!.children![0]).toEqual({ code: '1.1.1', name: 'Ban hành kế hoạch', maxPoints: 2, guide: null, evidence: null });
    expect(input[1]).toEqual({ code: 'II', name: 'Cải cách thủ tục hành chính', maxPoints: 4, guide: null, evidence: null, children: [{ code: '2.1', name: 'Tiêu chí 2.1', maxPoints: 4, guide: null, evidence: null }] });
    expect(sameTree(draftFrom(SET), draftFrom(SET))).toBe(true);
    expect(sameTree(tree, draftFrom(SET))).toBe(false);
  });

  it('offers the usual classes scaled to the total, from the highest down', () => {
    expect(defaultBands(100)).toEqual([
      { name: 'Xuất sắc', minPoints: 90 },
      { name: 'Tốt', minPoints: 80 },
      { name: 'Khá', minPoints: 70 },
      { name: 'Trung bình', minPoints: 50 },
      { name: 'Yếu', minPoints: 0 },
    ]);
    expect(bandsText(defaultBands(15))).toBe('Xuất sắc ≥ 13,5 · Tốt ≥ 12 · Khá ≥ 10,5 · Trung bình ≥ 7,5 · Yếu ≥ 0');
  });

  it('proposes the year after the newest set for a new one, never a past year', () => {
    expect(defaultYear([], 2026)).toBe(2026);
    expect(defaultYear([2026, 2025], 2026)).toBe(2027);
    expect(defaultYear([2020], 2026)).toBe(2026);
  });
});

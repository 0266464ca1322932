import { rectangles } from '../../src/excel/blocks';

const cells = (...addresses: string[]) => addresses.map((address) => ({ address, value: address }));

describe('rectangles', () => {
  it('merges a filled grid into one block and keeps holes out', () => {
    expect(rectangles(cells('A1', 'B1', 'A2', 'B2')).map((b) => b.address)).toEqual(['A1:B2']);
    const split = rectangles(cells('A1', 'B1', 'A2', 'C2'));
    expect(split.map((b) => b.address).sort()).toEqual(['A1:B1', 'A2', 'C2']);
    for (const b of split) expect(b.cells.flat().length).toBe(b.rows * b.columns);
  });
  it('covers every cell exactly once', () => {
    const addresses = ['A1', 'C1', 'D1', 'A2', 'C2', 'D2', 'B3', 'A5', 'B5'];
    const blocks = rectangles(cells(...addresses));
    expect(blocks.flatMap((b) => b.cells.flat().map((c) => c.address)).sort()).toEqual([...addresses].sort());
  });
});
